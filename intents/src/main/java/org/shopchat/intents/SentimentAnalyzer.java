package org.shopchat.intents;

/** Reads the tone of a message. Implementations are immutable and safe to share between threads. */
public interface SentimentAnalyzer {

    Sentiment analyze(String text);
}
