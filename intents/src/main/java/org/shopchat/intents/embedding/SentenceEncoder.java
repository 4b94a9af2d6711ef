package org.shopchat.intents.embedding;

import java.util.List;

/** Turns a sentence into a fixed-length vector. Implementations are thread-safe. */
public interface SentenceEncoder {

    /** Length of every vector this encoder returns. */
    int dimensions();

    float[] encode(String sentence);

    /** Encodes many sentences, in order; implementations may use several threads. */
    default List<float[]> encodeAll(List<String> sentences) {
        return sentences.stream().map(this::encode).toList();
    }
}
