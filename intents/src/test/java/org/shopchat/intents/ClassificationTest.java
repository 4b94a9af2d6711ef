package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static ScoredIntent scored(String intent, double confidence) {
        return new ScoredIntent(IntentName.of(intent), confidence);
    }

    @Test
    void sortsScoresBestFirst() {
        Classification c = Classification.ofScores(
                List.of(scored("greeting", 0.2), scored("track_order", 0.7), scored("out_of_scope", 0.1)), false);
        assertThat(c.ranking()).extracting(s -> s.intent().value())
                .containsExactly("track_order", "greeting", "out_of_scope");
        assertThat(c.top().intent().value()).isEqualTo("track_order");
        assertThat(c.decision()).isEqualTo(c.top());
    }

    @Test
    void rejectsUnsortedOrEmptyRankings() {
        assertThatThrownBy(() -> new Classification(List.of(scored("a", 0.1), scored("b", 0.9)), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> scored("a", 1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scored("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfScopeDecisionCarriesTheMassNotOnTheBestInScopeIntent() {
        Classification rejected = Classification.ofScores(
                List.of(scored("track_order", 0.3), scored("greeting", 0.25), scored("out_of_scope", 0.45)), true);
        assertThat(rejected.top().intent()).isEqualTo(IntentName.OUT_OF_SCOPE);
        assertThat(rejected.topInScope()).contains(scored("track_order", 0.3));
        assertThat(rejected.decision().intent()).isEqualTo(IntentName.OUT_OF_SCOPE);
        assertThat(rejected.decision().confidence()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    }
}
