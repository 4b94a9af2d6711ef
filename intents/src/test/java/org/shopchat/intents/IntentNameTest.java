package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntentNameTest {

    @Test
    void acceptsSnakeCaseNames() {
        assertThat(new IntentName("track_order").value()).isEqualTo("track_order");
        assertThat(new IntentName("a1").value()).isEqualTo("a1");
    }

    @Test
    void rejectsNamesThatAreNotLowerSnakeCase() {
        for (String bad : new String[] {"", "Track_order", "1abc", "track-order", "track order", "_x"}) {
            assertThatThrownBy(() -> new IntentName(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new IntentName(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void knowsTheOutOfScopeClass() {
        assertThat(IntentName.OUT_OF_SCOPE.value()).isEqualTo("out_of_scope");
        assertThat(IntentName.OUT_OF_SCOPE.isOutOfScope()).isTrue();
        assertThat(IntentName.of("greeting").isOutOfScope()).isFalse();
    }
}
