package org.shopchat.intents.embedding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the vectors of the sentences encoded one at a time lately, for serving. In the bot one customer message is
 * embedded by the intent classifier and then again by the knowledge search; with one instance of this in front of
 * the encoder both get the same vector for the price of one encoding.
 *
 * <p>Bounded: when {@code capacity} sentences are kept the store is emptied rather than evicted entry by entry,
 * which is simple and costs one round of re-encoding at most. Batches ({@link #encodeAll}) are training and
 * indexing work, passed straight through and not kept, so a retraining cannot push the live texts out. Vectors are
 * copied in and out: a caller that scales its vector in place changes nobody else's.
 */
public final class RecentSentenceVectors implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final int capacity;
    private final Map<String, float[]> recent = new ConcurrentHashMap<>();

    /**
     * @param capacity how many sentences to keep, at least 1
     * @throws IllegalArgumentException if capacity is below 1
     */
    public RecentSentenceVectors(SentenceEncoder encoder, int capacity) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }

    @Override
    public float[] encode(String sentence) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        float[] kept = recent.get(sentence);
        if (kept != null) {
            return kept.clone();
        }
        float[] vector = encoder.encode(sentence);
        if (recent.size() >= capacity) {
            recent.clear();
        }
        recent.put(sentence, vector.clone());
        return vector;
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        return encoder.encodeAll(sentences);
    }

    /** How many sentences are kept now. */
    public int size() {
        return recent.size();
    }
}
