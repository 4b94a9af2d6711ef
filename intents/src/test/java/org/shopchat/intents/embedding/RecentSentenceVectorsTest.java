package org.shopchat.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentSentenceVectorsTest {

    /** Counts what reaches the real encoder, one call per sentence or per batch. */
    private static final class CountingEncoder implements SentenceEncoder {
        final List<String> encoded = new ArrayList<>();
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public synchronized float[] encode(String sentence) {
            encoded.add(sentence);
            return new float[] {sentence.length(), 1};
        }

        @Override
        public synchronized List<float[]> encodeAll(List<String> sentences) {
            batches.add(List.copyOf(sentences));
            return sentences.stream().map(s -> new float[] {s.length(), 2}).toList();
        }
    }

    @Test
    void aSentenceEmbeddedTwiceIsEncodedOnce() {
        CountingEncoder counting = new CountingEncoder();
        RecentSentenceVectors recent = new RecentSentenceVectors(counting, 10);

        float[] byClassifier = recent.encode("do you ship to spain");
        float[] bySearch = recent.encode("do you ship to spain");

        assertThat(bySearch).containsExactly(byClassifier);
        assertThat(counting.encoded).containsExactly("do you ship to spain");
        assertThat(recent.dimensions()).isEqualTo(2);
    }

    @Test
    void aCallerScalingItsVectorChangesNoOtherCallers() {
        RecentSentenceVectors recent = new RecentSentenceVectors(new CountingEncoder(), 10);
        float[] first = recent.encode("hello");
        first[0] = 99;

        float[] second = recent.encode("hello");
        second[1] = 99;

        assertThat(recent.encode("hello")).containsExactly(5f, 1f);
    }

    @Test
    void whenFullItStartsAgainEmptyRatherThanGrowing() {
        CountingEncoder counting = new CountingEncoder();
        RecentSentenceVectors recent = new RecentSentenceVectors(counting, 2);
        recent.encode("a");
        recent.encode("bb");
        assertThat(recent.size()).isEqualTo(2);

        recent.encode("ccc");
        assertThat(recent.size()).isEqualTo(1);
        recent.encode("ccc");
        recent.encode("a");

        assertThat(counting.encoded).containsExactly("a", "bb", "ccc", "a");
    }

    @Test
    void batchesPassThroughAndAreNotKept() {
        CountingEncoder counting = new CountingEncoder();
        RecentSentenceVectors recent = new RecentSentenceVectors(counting, 10);
        recent.encode("hello");

        List<float[]> batch = recent.encodeAll(List.of("hello", "where is my order"));

        assertThat(batch).extracting(v -> v[1]).containsExactly(2f, 2f);
        assertThat(counting.batches).containsExactly(List.of("hello", "where is my order"));
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void refusesAStoreOfNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecentSentenceVectors(new CountingEncoder(), 0))
                .withMessageContaining("capacity must be at least 1");
    }
}
