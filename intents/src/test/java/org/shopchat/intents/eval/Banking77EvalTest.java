package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.Combination;
import org.shopchat.intents.EmbeddingStage;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.TwoStageIntentModel;
import org.shopchat.intents.TwoStageTrainer;
import org.shopchat.intents.datasets.Banking77;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * Banking77 (Casanueva et al. 2020, CC BY 4.0): both stages trained on the official train split, every combination
 * scored on test. Banking77 has no validation split and no out-of-scope class, so nothing is tuned on it: the average
 * and the cascade use the embedding weight and gate chosen for the shipped model on our own data.
 */
@Tag("eval")
class Banking77EvalTest {

    @Test
    void testAccuracyOfEveryCombinationStaysAtTheMeasuredLevel() {
        List<LabeledUtterance> train = Banking77.read(EvalData.file("banking77/train.csv"));
        List<LabeledUtterance> test = Banking77.read(EvalData.file("banking77/test.csv"));
        assertThat(train).hasSize(10_003);
        assertThat(test).hasSize(3_080);
        EmbeddingStage shipped = ShippedModel.loadTwoStage(Combination.CASCADE).embeddingStage();
        TwoStageIntentModel model = new TwoStageTrainer(EvalSettings.BENCHMARK, SoftmaxHead.Settings.DEFAULT,
                EvalEncoder.SHARED, m -> { }).train(train, List.of(), 1L)
                .withEmbeddingWeight(shipped.embeddingWeight()).withCascadeGate(shipped.cascadeGate());
        Map<Combination, Double> accuracy = new EnumMap<>(Combination.class);
        for (Combination c : Combination.values()) {
            EvaluationReport report = IntentEvaluator.evaluate(model.with(c), test);
            System.out.printf(Locale.ROOT, "[eval] Banking77 test %s accuracy %.4f, macro-F1 %.4f%n", c,
                    report.accuracy(), report.macroF1());
            accuracy.put(c, report.accuracy());
        }
        assertThat(accuracy.get(Combination.NGRAM_ONLY)).isGreaterThanOrEqualTo(EvalSettings.BANKING77_NGRAM_FLOOR);
        assertThat(accuracy.get(Combination.EMBEDDING_ONLY))
                .isGreaterThanOrEqualTo(EvalSettings.BANKING77_EMBEDDING_FLOOR);
        assertThat(accuracy.get(Combination.AVERAGE)).isGreaterThanOrEqualTo(EvalSettings.BANKING77_AVERAGE_FLOOR);
        assertThat(accuracy.get(Combination.CASCADE)).isGreaterThanOrEqualTo(EvalSettings.BANKING77_CASCADE_FLOOR);
    }
}
