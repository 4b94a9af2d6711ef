package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

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
}
