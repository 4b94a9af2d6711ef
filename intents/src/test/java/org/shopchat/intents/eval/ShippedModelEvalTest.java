package org.shopchat.intents.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.Combination;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.ShippedData;
import org.shopchat.intents.ShippedModel;

/** The shipped models on our own held-out set, written separately from the training data. */
@Tag("eval")
class ShippedModelEvalTest {

    @Test
    void shippedNgramModelClassifiesTheHeldOutSet() {
        EvaluationReport report = IntentEvaluator.evaluate(ShippedModel.load(), ShippedData.heldOut());
        System.out.println("[eval] shipped n-gram model on held-out set:\n" + report.toText());
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(NGRAM_ACCURACY_FLOOR);
        assertThat(report.outOfScopeRecall().orElseThrow()).isGreaterThanOrEqualTo(NGRAM_OOS_RECALL_FLOOR);
    }

    @Test
    void everyCombinationOfTheShippedStagesClassifiesTheHeldOutSet() {
        for (Combination c : Combination.values()) {
            EvaluationReport report = IntentEvaluator.evaluate(ShippedModel.loadTwoStage(c), ShippedData.heldOut());
            System.out.printf(Locale.ROOT, "[eval] shipped %s on held-out set: accuracy %.4f, in-scope %.4f, "
                            + "out-of-scope recall %.4f%n", c, report.accuracy(),
                    report.inScopeAccuracy().orElseThrow(), report.outOfScopeRecall().orElseThrow());
            if (c == ShippedModel.DEFAULT_COMBINATION) {
                System.out.println(report.toText());
                assertThat(report.accuracy()).isGreaterThanOrEqualTo(DEFAULT_ACCURACY_FLOOR);
                assertThat(report.outOfScopeRecall().orElseThrow()).isGreaterThanOrEqualTo(DEFAULT_OOS_RECALL_FLOOR);
            }
            if (c == Combination.EMBEDDING_ONLY) {
                assertThat(report.accuracy()).isGreaterThanOrEqualTo(EMBEDDING_ACCURACY_FLOOR);
            }
            if (c == Combination.AVERAGE) {
                assertThat(report.accuracy()).isGreaterThanOrEqualTo(AVERAGE_ACCURACY_FLOOR);
            }
        }
    }

    /**
     * Measured 0.8367 accuracy and 0.8667 out-of-scope recall with TrainerSettings.DEFAULT (its threshold is tuned on
     * cross-validation of the training data together with the other combinations', 2026-12-03).
     */
    static final double NGRAM_ACCURACY_FLOOR = 0.825;
    static final double NGRAM_OOS_RECALL_FLOOR = 0.85;
    /**
     * Measured 0.9550 accuracy and 0.9111 out-of-scope recall (the bot's average, embedding weight 0.7; MiniLM and
     * e5 side by side over the entity-masked text, 2026-12-04). The cascade (gate 0.99): 0.9538 and 0.9111.
     */
    static final double DEFAULT_ACCURACY_FLOOR = 0.945;
    static final double DEFAULT_OOS_RECALL_FLOOR = 0.89;
    /** Measured 0.9467. */
    static final double EMBEDDING_ACCURACY_FLOOR = 0.935;
    /** Measured 0.9550 (embedding weight 0.7). */
    static final double AVERAGE_ACCURACY_FLOOR = 0.945;
}
