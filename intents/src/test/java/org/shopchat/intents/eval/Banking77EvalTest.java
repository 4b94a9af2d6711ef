package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.datasets.Banking77;

/** Banking77 (Casanueva et al. 2020, CC BY 4.0): trained on the official train split, scored on test. */
@Tag("eval")
class Banking77EvalTest {

    @Test
    void testAccuracyStaysAtTheMeasuredLevel() {
        List<LabeledUtterance> train = Banking77.read(EvalData.file("banking77/train.csv"));
        List<LabeledUtterance> test = Banking77.read(EvalData.file("banking77/test.csv"));
        assertThat(train).hasSize(10_003);
        assertThat(test).hasSize(3_080);
        IntentModel model = new IntentTrainer(EvalSettings.BENCHMARK, m -> { }).trainWithThreshold(train, 0.0);
        EvaluationReport report = IntentEvaluator.evaluate(model, test);
        System.out.printf("[eval] Banking77 test accuracy %.4f, macro-F1 %.4f%n", report.accuracy(), report.macroF1());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(EvalSettings.BANKING77_ACCURACY_FLOOR);
    }
}
