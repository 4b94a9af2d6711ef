package org.shopchat.intents;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the classifier thinks an utterance is about.
 *
 * @param ranking    every known intent with its probability, best first (may include {@code out_of_scope})
 * @param outOfScope true when the utterance should not be answered as any in-scope intent: either the explicit
 *                   {@code out_of_scope} class won, or the best in-scope intent was below the rejection threshold
 */
public record Classification(List<ScoredIntent> ranking, boolean outOfScope) {

    public Classification {
        Objects.requireNonNull(ranking, "ranking must not be null");
        if (ranking.isEmpty()) {
            throw new IllegalArgumentException("ranking must contain at least one intent");
        }
        // A classifier's own ranking is immutable and sorted when made; any other list is copied and checked.
        if (!(ranking instanceof IntentRanking)) {
            ranking = List.copyOf(ranking);
            for (int i = 1; i < ranking.size(); i++) {
                if (ranking.get(i).confidence() > ranking.get(i - 1).confidence()) {
                    throw new IllegalArgumentException("ranking must be sorted best first");
                }
            }
        }
    }

    /**
     * The order of {@link #ranking()}: higher confidence first, ties by intent name so that equal scores always rank
     * the same way. A classifier's own ranking ({@code IntentRanking}) puts intents in
     * this order as its places are read.
     */
    static final Comparator<ScoredIntent> BEST_FIRST = (a, b) -> {
        int byConfidence = Double.compare(b.confidence(), a.confidence());
        return byConfidence != 0 ? byConfidence : a.intent().compareTo(b.intent());
    };

    /** Builds a classification from unsorted scores. */
    public static Classification ofScores(List<ScoredIntent> scores, boolean outOfScope) {
        ScoredIntent[] sorted = scores.toArray(ScoredIntent[]::new);
        Arrays.sort(sorted, BEST_FIRST);
        return new Classification(Arrays.asList(sorted), outOfScope);
    }

    /** The best ranked intent, which may be {@code out_of_scope}. */
    public ScoredIntent top() {
        return ranking.get(0);
    }

    /** The best ranked intent that is not {@code out_of_scope}, if the model knows any. */
    public Optional<ScoredIntent> topInScope() {
        for (ScoredIntent scored : ranking) {
            if (!scored.intent().isOutOfScope()) {
                return Optional.of(scored);
            }
        }
        return Optional.empty();
    }

    /**
     * The decision a caller should act on: the top in-scope intent, or {@code out_of_scope} with the probability
     * mass that is not on the best in-scope intent (so a threshold rejection of a 0.3 guess reads as 0.7).
     */
    public ScoredIntent decision() {
        if (!outOfScope) {
            return top();
        }
        double bestInScope = topInScope().map(ScoredIntent::confidence).orElse(0.0);
        return new ScoredIntent(IntentName.OUT_OF_SCOPE, Math.max(0.0, Math.min(1.0, 1.0 - bestInScope)));
    }
}
