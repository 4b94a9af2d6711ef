package org.shopchat.intents.embedding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vector of every sentence it has encoded. For training and evaluation, where cross-validation folds
 * and the final model see the same sentences again; not for serving (the cache never shrinks).
 */
public final class CachingSentenceEncoder implements SentenceEncoder {

    private final SentenceEncoder encoder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public CachingSentenceEncoder(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder);
    }

    @Override
    public int dimensions() {
        return encoder.dimensions();
    }

    @Override
    public float[] encode(String sentence) {
        return cache.computeIfAbsent(sentence, encoder::encode);
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(
                sentences.stream().filter(s -> !cache.containsKey(s)).toList()));
        if (!missing.isEmpty()) {
            List<float[]> vectors = encoder.encodeAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vectors.get(i));
            }
        }
        return sentences.stream().map(cache::get).toList();
    }

    /** How many distinct sentences have been encoded. */
    public int size() {
        return cache.size();
    }
}
