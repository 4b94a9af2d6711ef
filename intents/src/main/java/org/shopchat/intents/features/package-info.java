/**
 * OpenNLP document-categorizer feature generators used by the intent models.
 *
 * <p>OpenNLP stores only the class names of generators in a model and recreates them on load with the
 * no-argument constructor, so every generator here fixes its settings in that constructor. This package is
 * registered with OpenNLP's {@code ExtensionLoader} by {@link org.shopchat.intents.FeatureSet}.
 */
package org.shopchat.intents.features;
