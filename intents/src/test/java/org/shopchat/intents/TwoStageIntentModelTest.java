package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.embedding.SentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;

/** Both stages together, with a small stand-in encoder (letter trigrams hashed to 64 dimensions) instead of MiniLM. */
class TwoStageIntentModelTest {

    /** Deterministic, fast stand-in for a sentence encoder; counts its calls. */
    static final class TrigramEncoder implements SentenceEncoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int dimensions() {
            return 64;
        }

        @Override
        public float[] encode(String sentence) {
            calls.incrementAndGet();
            float[] v = new float[64];
            String s = " " + sentence.toLowerCase(Locale.ROOT) + " ";
            for (int i = 0; i + 3 <= s.length(); i++) {
                v[Math.floorMod(s.substring(i, i + 3).hashCode(), 64)] += 1f;
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.max(1e-9, Math.sqrt(norm));
            }
            return v;
        }
    }

    private static final SoftmaxHead.Settings HEAD = new SoftmaxHead.Settings(60, 4, 0.05, 1e-4);
    private static final TrigramEncoder ENCODER = new TrigramEncoder();
    private static TwoStageIntentModel model;

    @BeforeAll
    static void train() {
        model = new TwoStageTrainer(TrainerSettings.DEFAULT, HEAD, ENCODER, m -> { })
                .train(IntentModelTest.SAMPLE, 5L);
    }

    @Test
    void everyCombinationRanksTheIntentOfATrainingParaphraseFirst() {
        for (Combination c : Combination.values()) {
            TwoStageIntentModel m = model.with(c);
            assertThat(m.classify("where is my order please").top().intent().value()).as(c.name())
                    .isEqualTo("track_order");
            assertThat(m.classify("please refund me now").top().intent().value()).as(c.name())
                    .isEqualTo("get_refund");
        }
    }

    @Test
    void averageIsTheWeightedMeanOfBothStagesProbabilities() {
        String text = "has my parcel shipped";
        double w = model.embeddingStage().embeddingWeight();
        Classification ngram = model.with(Combination.NGRAM_ONLY).classify(text);
        Classification embedded = model.with(Combination.EMBEDDING_ONLY).classify(text);
        Classification average = model.with(Combination.AVERAGE).classify(text);
        for (ScoredIntent s : average.ranking()) {
            assertThat(s.confidence()).as(s.intent().value()).isCloseTo(
                    (1 - w) * confidenceOf(ngram, s.intent()) + w * confidenceOf(embedded, s.intent()), within(1e-9));
        }
    }

    @Test
    void cascadeEmbedsOnlyWhenTheNgramModelIsUnsure() {
        TwoStageIntentModel sure = model.with(Combination.CASCADE).withCascadeGate(0.0);
        int before = ENCODER.calls.get();
        Classification c = sure.classify("where is my order");
        assertThat(ENCODER.calls.get()).isEqualTo(before);
        assertThat(c.ranking()).isEqualTo(model.with(Combination.NGRAM_ONLY).classify("where is my order").ranking());
        TwoStageIntentModel unsure = model.with(Combination.CASCADE).withCascadeGate(1.0);
        unsure.classify("where is my order");
        assertThat(ENCODER.calls.get()).isEqualTo(before + 1);
    }

    @Test
    void tunesAThresholdInRangeForEveryCombinationAndWeightAndGateFromTheCandidates() {
        for (Combination c : Combination.values()) {
            assertThat(model.embeddingStage().thresholds().get(c)).as(c.name()).isBetween(0.0, 1.0);
        }
        assertThat(TwoStageTrainer.GATES).contains(model.embeddingStage().cascadeGate());
        assertThat(TwoStageTrainer.WEIGHTS).contains(model.embeddingStage().embeddingWeight());
        assertThat(model.ngramModel().outOfScopeThreshold())
                .isEqualTo(model.embeddingStage().thresholds().get(Combination.NGRAM_ONLY));
    }

    @Test
    void blankUtteranceIsOutOfScopeInEveryCombination() {
        for (Combination c : Combination.values()) {
            assertThat(model.with(c).classify("   ").outOfScope()).as(c.name()).isTrue();
        }
    }

    @Test
    void savedAndLoadedStageGivesExactlyTheSameOutput() throws IOException {
        ByteArrayOutputStream ngramBytes = new ByteArrayOutputStream();
        model.ngramModel().save(ngramBytes);
        ByteArrayOutputStream stageBytes = new ByteArrayOutputStream();
        model.embeddingStage().save(stageBytes);
        TwoStageIntentModel loaded = new TwoStageIntentModel(
                IntentModel.load(new ByteArrayInputStream(ngramBytes.toByteArray())),
                EmbeddingStage.load(new ByteArrayInputStream(stageBytes.toByteArray())), ENCODER, model.combination());
        assertThat(loaded.embeddingStage().thresholds()).isEqualTo(model.embeddingStage().thresholds());
        assertThat(loaded.embeddingStage().cascadeGate()).isEqualTo(model.embeddingStage().cascadeGate());
        assertThat(loaded.embeddingStage().embeddingWeight()).isEqualTo(model.embeddingStage().embeddingWeight());
        for (Combination c : Combination.values()) {
            for (String text : List.of("where is my order", "refnud pls", "hello", "tell me a joke", "xyz")) {
                assertThat(loaded.with(c).classify(text)).as(c + " " + text).isEqualTo(model.with(c).classify(text));
            }
        }
    }

    @Test
    void trainingIsReproducible() throws IOException {
        TwoStageIntentModel again = new TwoStageTrainer(TrainerSettings.DEFAULT, HEAD, ENCODER, m -> { })
                .train(IntentModelTest.SAMPLE, 5L);
        assertThat(again.embeddingStage().thresholds()).isEqualTo(model.embeddingStage().thresholds());
        for (LabeledUtterance u : IntentModelTest.SAMPLE) {
            assertThat(again.classify(u.text())).isEqualTo(model.classify(u.text()));
        }
    }

    @Test
    void rejectsAStreamThatIsNotAnEmbeddingStage() {
        assertThatThrownBy(() -> EmbeddingStage.load(new ByteArrayInputStream("nonsense bytes".getBytes())))
                .isInstanceOf(IOException.class).hasMessageContaining("not an embedding stage");
    }

    @Test
    void rejectsAnEncoderOfOtherDimensions() {
        SentenceEncoder tiny = new SentenceEncoder() {
            @Override
            public int dimensions() {
                return 3;
            }

            @Override
            public float[] encode(String sentence) {
                return new float[3];
            }
        };
        assertThatThrownBy(() -> model.withEncoder(tiny)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expects 64");
    }

    @Test
    void givesTheSameAnswersWhenSharedBetweenThreads() {
        TwoStageIntentModel average = model.with(Combination.AVERAGE);
        List<String> texts = IntentModelTest.SAMPLE.stream().map(LabeledUtterance::text).toList();
        List<Classification> serial = texts.stream().map(average::classify).toList();
        List<Classification> parallel = IntStream.range(0, texts.size()).parallel()
                .mapToObj(i -> average.classify(texts.get(i))).toList();
        assertThat(parallel).isEqualTo(serial);
    }

    private static double confidenceOf(Classification c, IntentName intent) {
        return c.ranking().stream().filter(s -> s.intent().equals(intent)).findFirst().orElseThrow().confidence();
    }
}
