package org.shopchat.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SoftmaxHeadTest {

    private static final SoftmaxHead.Settings QUICK = new SoftmaxHead.Settings(30, 8, 0.05, 1e-4);

    /** Three noisy clusters in 4 dimensions around the unit axes. */
    private static final List<float[]> VECTORS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    static {
        Random random = new Random(7);
        String[] names = {"track_order", "get_refund", "greeting"};
        for (int i = 0; i < 60; i++) {
            int c = i % 3;
            float[] v = new float[4];
            for (int j = 0; j < 4; j++) {
                v[j] = (float) (random.nextGaussian() * 0.2);
            }
            v[c] += 1f;
            VECTORS.add(v);
            LABELS.add(names[c]);
        }
    }

    private static int best(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void learnsSeparableClustersAndGivesProbabilitiesSummingToOne() {
        SoftmaxHead head = SoftmaxHead.train(VECTORS, LABELS, QUICK, 1L);
        assertThat(head.labels()).containsExactly("track_order", "get_refund", "greeting");
        double[] p = head.probabilities(new float[] {0f, 0.9f, 0.1f, 0f});
        assertThat(head.labels().get(best(p))).isEqualTo("get_refund");
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
        long right = 0;
        for (int i = 0; i < VECTORS.size(); i++) {
            if (head.labels().get(best(head.probabilities(VECTORS.get(i)))).equals(LABELS.get(i))) {
                right++;
            }
        }
        assertThat(right).isGreaterThanOrEqualTo(57);
    }

    @Test
    void trainingWithTheSameSeedGivesTheSameWeights() throws IOException {
        assertThat(bytes(SoftmaxHead.train(VECTORS, LABELS, QUICK, 3L)))
                .isEqualTo(bytes(SoftmaxHead.train(VECTORS, LABELS, QUICK, 3L)));
    }

    @Test
    void savedAndLoadedHeadGivesExactlyTheSameProbabilities() throws IOException {
        SoftmaxHead head = SoftmaxHead.train(VECTORS, LABELS, QUICK, 1L);
        SoftmaxHead loaded = SoftmaxHead.load(new ByteArrayInputStream(bytes(head)));
        assertThat(loaded.labels()).isEqualTo(head.labels());
        for (float[] v : VECTORS) {
            assertThat(loaded.probabilities(v)).containsExactly(head.probabilities(v));
        }
    }

    @Test
    void rejectsAStreamThatIsNotAHead() {
        assertThatThrownBy(() -> SoftmaxHead.load(new ByteArrayInputStream("not a head at all".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("not an embedding head");
    }

    @Test
    void rejectsVectorsOfTheWrongLength() {
        SoftmaxHead head = SoftmaxHead.train(VECTORS, LABELS, QUICK, 1L);
        assertThatThrownBy(() -> head.probabilities(new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expects 4");
        List<float[]> mixed = new ArrayList<>(VECTORS);
        mixed.set(5, new float[3]);
        assertThatThrownBy(() -> SoftmaxHead.train(mixed, LABELS, QUICK, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vector 5");
    }

    @Test
    void needsAtLeastTwoLabels() {
        assertThatThrownBy(() -> SoftmaxHead.train(List.of(new float[] {1f}, new float[] {2f}), List.of("a", "a"),
                QUICK, 1L)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two labels");
        assertThatThrownBy(() -> SoftmaxHead.train(List.of(), List.of(), QUICK, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no training vectors");
    }

    private static byte[] bytes(SoftmaxHead head) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        head.save(out);
        return out.toByteArray();
    }
}
