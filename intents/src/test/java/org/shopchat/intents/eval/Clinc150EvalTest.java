package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.datasets.Clinc150;

/**
 * CLINC150 full (Larson et al. 2019, CC BY 3.0): trained on train + oos_train, out-of-scope threshold tuned on
 * val + oos_val only, scored on test + oos_test.
 */
@Tag("eval")
class Clinc150EvalTest {

    @Test
    void inScopeAccuracyAndOutOfScopeRecallStayAtTheMeasuredLevel() {
        Path file = EvalData.file("clinc150/data_full.json");
        List<LabeledUtterance> train = Clinc150.read(file, Clinc150.TRAIN);
        List<LabeledUtterance> val = Clinc150.read(file, Clinc150.VALIDATION);
        List<LabeledUtterance> test = Clinc150.read(file, Clinc150.TEST);
        assertThat(train).hasSize(15_100);
        assertThat(val).hasSize(3_100);
        assertThat(test).hasSize(5_500);
        IntentModel model = new IntentTrainer(EvalSettings.BENCHMARK, m -> { }).train(train, val, 1L);
        EvaluationReport report = IntentEvaluator.evaluate(model, test);
        System.out.printf("[eval] CLINC150 in-scope accuracy %.4f, out-of-scope recall %.4f, threshold %.4f%n",
                report.inScopeAccuracy().orElseThrow(), report.outOfScopeRecall().orElseThrow(),
                model.outOfScopeThreshold());
        assertThat(report.inScopeAccuracy().orElseThrow()).isGreaterThanOrEqualTo(EvalSettings.CLINC_IN_SCOPE_FLOOR);
        assertThat(report.outOfScopeRecall().orElseThrow()).isGreaterThanOrEqualTo(EvalSettings.CLINC_OOS_RECALL_FLOOR);
    }
}
