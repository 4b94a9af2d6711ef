package org.shopchat.intents;

/** Assigns intents to customer utterances. Implementations are immutable and safe to share between threads. */
public interface IntentClassifier {

    /**
     * @param utterance one customer message; blank input is classified as out of scope
     * @throws NullPointerException if utterance is null
     */
    Classification classify(String utterance);
}
