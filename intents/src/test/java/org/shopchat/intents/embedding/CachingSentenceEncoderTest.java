package org.shopchat.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CachingSentenceEncoderTest {

    /** Counts what reaches the real encoder. */
    private static final class CountingEncoder implements SentenceEncoder {
        final List<String> seen = new ArrayList<>();

        @Override
        public int dimensions() {
            return 1;
        }

        @Override
        public synchronized float[] encode(String sentence) {
            seen.add(sentence);
            return new float[] {sentence.length()};
        }
    }

    @Test
    void encodesEachDistinctSentenceOnceAndKeepsTheOrder() {
        CountingEncoder counting = new CountingEncoder();
        CachingSentenceEncoder cache = new CachingSentenceEncoder(counting);
        List<float[]> first = cache.encodeAll(List.of("hello", "where is my order", "hello"));
        List<float[]> second = cache.encodeAll(List.of("where is my order", "hi"));
        assertThat(first).extracting(v -> v[0]).containsExactly(5f, 17f, 5f);
        assertThat(second).extracting(v -> v[0]).containsExactly(17f, 2f);
        assertThat(cache.encode("hi")[0]).isEqualTo(2f);
        assertThat(counting.seen).containsExactly("hello", "where is my order", "hi");
        assertThat(cache.size()).isEqualTo(3);
    }
}
