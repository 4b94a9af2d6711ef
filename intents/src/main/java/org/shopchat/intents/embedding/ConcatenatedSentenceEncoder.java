package org.shopchat.intents.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two encoders side by side: each sentence's vector is the first encoder's followed by the second's, each scaled by
 * 1/√2 so the result stays unit length when both are. Lets a classifier on the vectors use what either model sees.
 */
public final class ConcatenatedSentenceEncoder implements SentenceEncoder {

    private static final float SCALE = (float) (1 / Math.sqrt(2));

    private final SentenceEncoder first;
    private final SentenceEncoder second;

    public ConcatenatedSentenceEncoder(SentenceEncoder first, SentenceEncoder second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
    }

    @Override
    public int dimensions() {
        return first.dimensions() + second.dimensions();
    }

    @Override
    public float[] encode(String sentence) {
        return join(first.encode(sentence), second.encode(sentence));
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<float[]> a = first.encodeAll(sentences);
        List<float[]> b = second.encodeAll(sentences);
        List<float[]> joined = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            joined.add(join(a.get(i), b.get(i)));
        }
        return joined;
    }

    private float[] join(float[] a, float[] b) {
        float[] v = new float[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            v[i] = a[i] * SCALE;
        }
        for (int i = 0; i < b.length; i++) {
            v[a.length + i] = b[i] * SCALE;
        }
        return v;
    }
}
