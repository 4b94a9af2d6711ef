package org.shopchat.intents;

import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the confidence below which the best in-scope intent is rejected as out of scope.
 *
 * <p>The choice maximises the mean of in-scope accuracy and out-of-scope recall on validation data, so neither
 * side wins just because it has more examples (CLINC150's validation set has 30 in-scope per out-of-scope one).
 */
final class OutOfScopeThreshold {

    private OutOfScopeThreshold() {
    }

    /**
     * @param gold        the true intents of the validation utterances
     * @param predictions their classifications by a model with no threshold
     * @return the threshold, 0 when the validation data has no out-of-scope or no in-scope examples
     */
    static double tune(List<IntentName> gold, List<Classification> predictions) {
        if (gold.size() != predictions.size()) {
            throw new IllegalArgumentException("gold and predictions differ in size");
        }
        long oosCount = gold.stream().filter(IntentName::isOutOfScope).count();
        long inScopeCount = gold.size() - oosCount;
        if (oosCount == 0 || inScopeCount == 0) {
            return 0.0;
        }
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        for (Classification c : predictions) {
            c.topInScope().ifPresent(s -> candidates.add(s.confidence()));
        }
        double best = 0.0;
        double bestScore = -1.0;
        for (double t : candidates) {
            double score = balancedAccuracy(gold, predictions, t, inScopeCount, oosCount);
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        // Any threshold between the best candidate and the next lower confidence scores the same on validation;
        // the midpoint leaves the most margin on both sides for unseen data.
        Double below = candidates.lower(best);
        return below == null ? best : (best + below) / 2;
    }

    static double balancedAccuracy(List<IntentName> gold, List<Classification> predictions, double threshold,
                                   long inScopeCount, long oosCount) {
        int inScopeRight = 0;
        int oosRight = 0;
        for (int i = 0; i < gold.size(); i++) {
            Classification c = predictions.get(i);
            boolean rejected = c.top().intent().isOutOfScope()
                    || c.topInScope().map(s -> s.confidence() < threshold).orElse(true);
            if (gold.get(i).isOutOfScope()) {
                if (rejected) {
                    oosRight++;
                }
            } else if (!rejected && c.top().intent().equals(gold.get(i))) {
                inScopeRight++;
            }
        }
        return 0.5 * inScopeRight / inScopeCount + 0.5 * oosRight / oosCount;
    }
}
