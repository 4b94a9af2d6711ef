package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.ShippedData;
import org.shopchat.intents.ShippedModel;

/** The shipped model on our own held-out set, written separately from the training data. */
@Tag("eval")
class ShippedModelEvalTest {

    @Test
    void shippedModelClassifiesTheHeldOutSet() {
        EvaluationReport report = IntentEvaluator.evaluate(ShippedModel.load(), ShippedData.heldOut());
        System.out.println("[eval] shipped model on held-out set:\n" + report.toText());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(HELD_OUT_ACCURACY_FLOOR);
        assertThat(report.outOfScopeRecall().orElseThrow()).isGreaterThanOrEqualTo(HELD_OUT_OOS_RECALL_FLOOR);
    }

    /** Measured 0.8083 accuracy and 0.8667 out-of-scope recall with TrainerSettings.DEFAULT. */
    static final double HELD_OUT_ACCURACY_FLOOR = 0.80;
    static final double HELD_OUT_OOS_RECALL_FLOOR = 0.85;
}
