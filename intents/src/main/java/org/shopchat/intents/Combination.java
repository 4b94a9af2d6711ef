package org.shopchat.intents;

/** How the n-gram model and the embedding stage decide together. */
public enum Combination {
    /** OpenNLP n-gram maxent only: sub-millisecond, no embedding. */
    NGRAM_ONLY,
    /** Sentence embedding + softmax head only. */
    EMBEDDING_ONLY,
    /** Mean of both models' probabilities for every utterance (embeds every utterance). */
    AVERAGE,
    /** The n-gram model alone when it is sure (best probability at or above the gate); the average otherwise. */
    CASCADE
}
