package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.Combination;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.RejectionCriterion;
import org.shopchat.intents.TwoStageIntentModel;
import org.shopchat.intents.TwoStageTrainer;
import org.shopchat.intents.datasets.Clinc150;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * CLINC150 full (Larson et al. 2019, CC BY 3.0): both stages trained on train + oos_train, out-of-scope thresholds,
 * embedding weight and cascade gate tuned on val + oos_val only, every combination scored on test + oos_test.
 *
 * <p>The operating point is the benchmark's own requirement, fixed before training: out-of-scope recall of at least
 * 0.80 on test, so thresholds are chosen for the best in-scope accuracy at a validation out-of-scope recall of at
 * least {@link #VALIDATION_OOS_RECALL} (a margin for the 100 validation out-of-scope utterances). The balanced
 * criterion of the shipped models is measured in intents/README.md.
 */
@Tag("eval")
class Clinc150EvalTest {

    static final double VALIDATION_OOS_RECALL = 0.85;

    @Test
    void inScopeAccuracyAndOutOfScopeRecallStayAtTheMeasuredLevel() {
        Path file = EvalData.file("clinc150/data_full.json");
        List<LabeledUtterance> train = Clinc150.read(file, Clinc150.TRAIN);
        List<LabeledUtterance> val = Clinc150.read(file, Clinc150.VALIDATION);
        List<LabeledUtterance> test = Clinc150.read(file, Clinc150.TEST);
        assertThat(train).hasSize(15_100);
        assertThat(val).hasSize(3_100);
        assertThat(test).hasSize(5_500);
        TwoStageIntentModel model = new TwoStageTrainer(EvalSettings.BENCHMARK, SoftmaxHead.Settings.DEFAULT,
                EvalEncoder.SHARED, m -> { }, RejectionCriterion.minimumRecall(VALIDATION_OOS_RECALL))
                .train(train, val, 1L);
        for (Combination c : Combination.values()) {
            EvaluationReport report = IntentEvaluator.evaluate(model.with(c), test);
            double inScope = report.inScopeAccuracy().orElseThrow();
            double oosRecall = report.outOfScopeRecall().orElseThrow();
            System.out.printf(Locale.ROOT, "[eval] CLINC150 %s in-scope accuracy %.4f, out-of-scope recall %.4f, "
                    + "threshold %.4f%n", c, inScope, oosRecall, model.with(c).outOfScopeThreshold());
            assertThat(inScope).as(c + " in-scope accuracy")
                    .isGreaterThanOrEqualTo(EvalSettings.CLINC_IN_SCOPE_FLOOR.get(c));
            assertThat(oosRecall).as(c + " out-of-scope recall")
                    .isGreaterThanOrEqualTo(EvalSettings.CLINC_OOS_RECALL_FLOOR.get(c));
        }
    }
}
