package org.shopchat.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the confidence below which the best in-scope intent is rejected as out of scope.
 *
 * <p>By default the choice maximises the mean of in-scope accuracy and out-of-scope recall on validation data, so
 * neither side wins just because it has more examples (CLINC150's validation set has 30 in-scope per out-of-scope
 * one); a {@link RejectionCriterion} can ask for a minimum out-of-scope recall instead.
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
        return tune(gold, predictions, RejectionCriterion.BALANCED);
    }

    /** As {@link #tune(List, List)}, best by the given criterion. */
    static double tune(List<IntentName> gold, List<Classification> predictions, RejectionCriterion criterion) {
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
        // Sorted confidences of the only utterances a threshold can change: in-scope ones the model gets right
        // (kept while confidence >= t) and out-of-scope ones not already rejected (rejected while confidence < t).
        // Binary search per candidate keeps this O(n log n); validation sets have thousands of utterances.
        List<Double> keepable = new ArrayList<>();
        List<Double> rejectable = new ArrayList<>();
        int alwaysRejected = 0;
        for (int i = 0; i < gold.size(); i++) {
            Classification c = predictions.get(i);
            boolean regardless = c.top().intent().isOutOfScope() || c.topInScope().isEmpty();
            if (gold.get(i).isOutOfScope()) {
                if (regardless) {
                    alwaysRejected++;
                } else {
                    rejectable.add(c.topInScope().orElseThrow().confidence());
                }
            } else if (!regardless && c.top().intent().equals(gold.get(i))) {
                keepable.add(c.topInScope().orElseThrow().confidence());
            }
        }
        double[] keep = keepable.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] reject = rejectable.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double best = 0.0;
        double bestScore = -1.0;
        for (double t : candidates) {
            int inScopeRight = keep.length - countBelow(keep, t);
            int oosRight = alwaysRejected + countBelow(reject, t);
            double score = criterion.value((double) inScopeRight / inScopeCount, (double) oosRight / oosCount);
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

    /** How many of the sorted values are strictly below t. */
    private static int countBelow(double[] sorted, double t) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < t) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static double balancedAccuracy(List<IntentName> gold, List<Classification> predictions, double threshold,
                                   long inScopeCount, long oosCount) {
        return value(gold, predictions, threshold, inScopeCount, oosCount, RejectionCriterion.BALANCED);
    }

    /** The criterion's value of the threshold on this validation data. */
    static double value(List<IntentName> gold, List<Classification> predictions, double threshold,
                        long inScopeCount, long oosCount, RejectionCriterion criterion) {
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
        return criterion.value((double) inScopeRight / inScopeCount, (double) oosRight / oosCount);
    }
}
