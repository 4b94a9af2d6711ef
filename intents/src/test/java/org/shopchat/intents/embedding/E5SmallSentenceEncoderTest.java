package org.shopchat.intents.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The real e5-small-v2 (quantized) from the Maven artifact: loads in-JVM without any download. */
class E5SmallSentenceEncoderTest {

    private final SentenceEncoder encoder = E5SmallSentenceEncoder.shared();

    @Test
    void givesUnitLengthVectorsOf384Dimensions() {
        float[] v = encoder.encode("where is my parcel NW-204815");
        assertThat(v).hasSize(384);
        assertThat(norm(v)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void placesAParaphraseCloserThanAnUnrelatedSentence() {
        List<float[]> v = encoder.encodeAll(List.of("where is my parcel", "my package has not arrived yet",
                "what is the capital of france"));
        assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.05);
    }

    @Test
    void batchAndSingleEncodingAgree() {
        float[] single = encoder.encode("I want a refund");
        float[] batch = encoder.encodeAll(List.of("hello", "I want a refund")).get(1);
        assertThat(dot(single, batch)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void encodesBlankTextWithoutFailing() {
        assertThat(encoder.encode("   ")).hasSize(384);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }
}
