package org.shopchat.intents;

/**
 * What the out-of-scope threshold (and, for two stages, the embedding weight and cascade gate) is chosen for on
 * validation data. Never on test data: the criterion is fixed before training.
 */
public sealed interface RejectionCriterion {

    /** The mean of in-scope accuracy and out-of-scope recall, so neither side wins by having more examples. */
    RejectionCriterion BALANCED = new Balanced();

    /**
     * The best in-scope accuracy among the thresholds that reject at least {@code recall} of the validation
     * out-of-scope utterances, for an operator who states how much off-topic traffic must be caught; balanced when no
     * threshold reaches it.
     */
    static RejectionCriterion minimumRecall(double recall) {
        return new MinimumRecall(recall);
    }

    /** How good a threshold is: higher is better. */
    double value(double inScopeAccuracy, double outOfScopeRecall);

    record Balanced() implements RejectionCriterion {
        @Override
        public double value(double inScopeAccuracy, double outOfScopeRecall) {
            return 0.5 * inScopeAccuracy + 0.5 * outOfScopeRecall;
        }

        @Override
        public String toString() {
            return "balanced accuracy";
        }
    }

    /** @param recall the out-of-scope recall to reach, in (0, 1] */
    record MinimumRecall(double recall) implements RejectionCriterion {
        public MinimumRecall {
            if (!(recall > 0.0 && recall <= 1.0)) {
                throw new IllegalArgumentException("minimum out-of-scope recall must be in (0, 1], was " + recall);
            }
        }

        @Override
        public double value(double inScopeAccuracy, double outOfScopeRecall) {
            // Every threshold that reaches the recall beats every one that does not (values below 0).
            return outOfScopeRecall >= recall ? inScopeAccuracy : BALANCED.value(inScopeAccuracy, outOfScopeRecall) - 1;
        }

        @Override
        public String toString() {
            return "in-scope accuracy at out-of-scope recall >= " + recall;
        }
    }
}
