package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueThresholdsTest {

    private static final IntentName TRACK = IntentName.of("track_order");
    private static final IntentName CANCEL = IntentName.of("cancel_order");
    private static final DialogueThresholds.Costs COSTS = DialogueThresholds.Costs.DEFAULT;

    private static Classification of(double track, double cancel, boolean outOfScope) {
        return Classification.ofScores(List.of(new ScoredIntent(TRACK, track), new ScoredIntent(CANCEL, cancel),
                new ScoredIntent(IntentName.OUT_OF_SCOPE, 0.01)), outOfScope);
    }

    @Test
    void sortsOutcomesAsTheDialoguePolicyWould() {
        List<IntentName> gold = List.of(TRACK, TRACK, CANCEL, CANCEL, IntentName.OUT_OF_SCOPE);
        List<Classification> predicted = List.of(
                of(0.9, 0.05, false),   // right
                of(0.2, 0.1, false),    // below 0.3: not understood
                of(0.45, 0.4, false),   // within 0.1, right option offered: clarified
                of(0.7, 0.2, false),    // wrong answer
                of(0.1, 0.1, true));    // out of scope, rightly
        DialogueThresholds.Point point = DialogueThresholds.point(gold, predicted, 0.3, 0.1, COSTS);

        assertThat(point.right()).isEqualTo(0.4);
        assertThat(point.notUnderstood()).isEqualTo(0.2);
        assertThat(point.clarified()).isEqualTo(0.2);
        assertThat(point.wrong()).isEqualTo(0.2);
        assertThat(point.cost()).isCloseTo((0.4 + 0.2 + 1.0) / 5, within(1e-9));
    }

    @Test
    void asksOnlyWhenTheRunnerUpHasHalfTheMinimumConfidence() {
        List<IntentName> gold = List.of(TRACK);
        List<Classification> predicted = List.of(of(0.35, 0.1, false));

        assertThat(DialogueThresholds.point(gold, predicted, 0.3, 0.3, COSTS).clarified()).isZero();
        assertThat(DialogueThresholds.point(gold, predicted, 0.2, 0.3, COSTS).clarified()).isEqualTo(1.0);
    }

    @Test
    void cheapestPairComesFirst() {
        // Close calls that are usually wrong: asking is cheaper than answering, and answering cheaper than rephrasing.
        List<IntentName> gold = List.of(CANCEL, CANCEL, TRACK, TRACK);
        List<Classification> predicted = List.of(of(0.5, 0.45, false), of(0.5, 0.44, false), of(0.5, 0.46, false),
                of(0.95, 0.01, false));
        DialogueThresholds.Point best = DialogueThresholds.evaluate(gold, predicted, COSTS).get(0);

        assertThat(best.clarifyMargin()).isGreaterThanOrEqualTo(0.1);
        assertThat(best.minConfidence()).isLessThanOrEqualTo(0.5);
        assertThat(best.wrong()).isZero();
        assertThat(best.right()).isEqualTo(0.25);
    }

    @Test
    void recommendsTheFewestUnansweredTurnsWithinTheToleranceOfTheCheapest() {
        DialogueThresholds.Point cheapest = new DialogueThresholds.Point(0.3, 0.3, 0.85, 0.03, 0.08, 0.04, 0.0660);
        DialogueThresholds.Point fewerQuestions = new DialogueThresholds.Point(0.3, 0.15, 0.88, 0.05, 0.03, 0.04, 0.0700);
        DialogueThresholds.Point moreRephrasing = new DialogueThresholds.Point(0.4, 0.2, 0.87, 0.04, 0.02, 0.07, 0.0710);
        DialogueThresholds.Point tooCostly = new DialogueThresholds.Point(0.3, 0.0, 0.9, 0.06, 0.0, 0.04, 0.0770);

        assertThat(DialogueThresholds.recommended(List.of(cheapest, fewerQuestions, moreRephrasing, tooCostly)))
                .isEqualTo(fewerQuestions);
    }

    @Test
    void rejectsMismatchedInput() {
        assertThatThrownBy(() -> DialogueThresholds.evaluate(List.of(TRACK), List.of(), COSTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 gold, 0 classifications");
    }
}
