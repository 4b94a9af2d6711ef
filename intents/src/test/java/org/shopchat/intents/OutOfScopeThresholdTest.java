package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutOfScopeThresholdTest {

    private static final IntentName ORDER = IntentName.of("track_order");
    private static final IntentName OOS = IntentName.OUT_OF_SCOPE;

    private static Classification guess(IntentName intent, double confidence) {
        double rest = (1 - confidence) / 2;
        return Classification.ofScores(List.of(new ScoredIntent(intent, confidence),
                new ScoredIntent(IntentName.of("greeting"), rest), new ScoredIntent(OOS, rest)), false);
    }

    @Test
    void picksTheThresholdThatSeparatesConfidentInScopeFromUnsureOutOfScope() {
        List<IntentName> gold = List.of(ORDER, ORDER, ORDER, OOS, OOS);
        List<Classification> predictions = List.of(
                guess(ORDER, 0.9), guess(ORDER, 0.8), guess(ORDER, 0.7), guess(ORDER, 0.55), guess(ORDER, 0.6));
        double threshold = OutOfScopeThreshold.tune(gold, predictions);
        assertThat(threshold).isGreaterThan(0.6).isLessThanOrEqualTo(0.7);
    }

    @Test
    void isOffWhenValidationHasNoOutOfScopeExamples() {
        assertThat(OutOfScopeThreshold.tune(List.of(ORDER), List.of(guess(ORDER, 0.3)))).isZero();
    }

    @Test
    void weighsBothSidesEquallyRegardlessOfTheirSize() {
        // Rejecting the one unsure in-scope utterance costs 1/4 of in-scope accuracy but wins all of OOS recall.
        List<IntentName> gold = List.of(ORDER, ORDER, ORDER, ORDER, OOS);
        List<Classification> predictions = List.of(
                guess(ORDER, 0.9), guess(ORDER, 0.9), guess(ORDER, 0.9), guess(ORDER, 0.4), guess(ORDER, 0.5));
        assertThat(OutOfScopeThreshold.tune(gold, predictions)).isGreaterThan(0.5).isLessThanOrEqualTo(0.9);
    }

    @Test
    void aMinimumRecallKeepsAsMuchInScopeAsReachesIt() {
        // Out of scope at 0.3, 0.5, 0.6, 0.8. Balanced: a threshold just above 0.6 keeps all in-scope and catches 3/4.
        // Recall 1.0 must reject 0.8 too, which costs the in-scope 0.65 but keeps 0.85 and 0.9.
        List<IntentName> gold = List.of(ORDER, ORDER, ORDER, OOS, OOS, OOS, OOS);
        List<Classification> predictions = List.of(guess(ORDER, 0.65), guess(ORDER, 0.85), guess(ORDER, 0.9),
                guess(ORDER, 0.3), guess(ORDER, 0.5), guess(ORDER, 0.6), guess(ORDER, 0.8));
        assertThat(OutOfScopeThreshold.tune(gold, predictions, RejectionCriterion.minimumRecall(1.0)))
                .isGreaterThan(0.8).isLessThanOrEqualTo(0.85);
        assertThat(OutOfScopeThreshold.tune(gold, predictions, RejectionCriterion.BALANCED))
                .isGreaterThan(0.6).isLessThanOrEqualTo(0.65);
    }

    @Test
    void aMinimumRecallNoThresholdReachesFallsBackToBalanced() {
        // The out-of-scope guess is more confident than every in-scope one and no candidate threshold lies above it,
        // so recall 1.0 is out of reach.
        List<IntentName> gold = List.of(ORDER, ORDER, OOS);
        List<Classification> predictions = List.of(guess(ORDER, 0.5), guess(ORDER, 0.6), guess(ORDER, 0.9));
        assertThat(OutOfScopeThreshold.tune(gold, predictions, RejectionCriterion.minimumRecall(1.0)))
                .isEqualTo(OutOfScopeThreshold.tune(gold, predictions, RejectionCriterion.BALANCED));
    }

    @Test
    void aMinimumRecallOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> RejectionCriterion.minimumRecall(0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RejectionCriterion.minimumRecall(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
