package org.shopchat.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConcatenatedSentenceEncoderTest {

    /** Unit vectors that tell the sentence's length or its first letter, so the halves are easy to check. */
    private static final SentenceEncoder LENGTH = fixed(s -> new float[] {0.6f, 0.8f * Math.signum(s.length())});
    private static final SentenceEncoder LETTER = fixed(s -> new float[] {0f, 0f, s.startsWith("a") ? 1f : -1f});

    private final SentenceEncoder both = new ConcatenatedSentenceEncoder(LENGTH, LETTER);

    @Test
    void putsTheSecondVectorAfterTheFirstAndKeepsUnitLength() {
        float[] v = both.encode("abc");
        float s = (float) (1 / Math.sqrt(2));
        assertThat(both.dimensions()).isEqualTo(5);
        assertThat(v).containsExactly(new float[] {0.6f * s, 0.8f * s, 0f, 0f, s}, within(1e-6f));
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void batchKeepsTheOrderOfItsSentences() {
        List<float[]> v = both.encodeAll(List.of("apple", "banana"));
        assertThat(v.get(0)[4]).isPositive();
        assertThat(v.get(1)[4]).isNegative();
    }

    private static SentenceEncoder fixed(java.util.function.Function<String, float[]> f) {
        return new SentenceEncoder() {
            @Override
            public int dimensions() {
                return f.apply("x").length;
            }

            @Override
            public float[] encode(String sentence) {
                return f.apply(sentence);
            }
        };
    }
}
