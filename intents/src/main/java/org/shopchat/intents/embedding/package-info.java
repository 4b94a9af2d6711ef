/**
 * The second stage of intent classification: sentence embeddings (all-MiniLM-L6-v2 run in the JVM by ONNX Runtime,
 * model inside a Maven Central jar) and a softmax-regression head trained on them. Knows nothing of OpenNLP.
 */
package org.shopchat.intents.embedding;
