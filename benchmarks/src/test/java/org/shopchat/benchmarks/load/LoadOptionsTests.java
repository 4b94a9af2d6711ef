package org.shopchat.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoadOptionsTests {

    @Test
    void readsARunAgainstARunningBot() {
        LoadOptions options = LoadOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/ws", "--customers", "200",
                "--messages", "5", "--max-seconds", "60", "--target", "both"});

        assertThat(options.customers()).isEqualTo(200);
        assertThat(options.messages()).isEqualTo(5);
        assertThat(options.maxDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.targets()).containsExactly(LoadOptions.Target.BOT, LoadOptions.Target.ECHO);
        assertThat(options.warmupRounds()).isZero();
    }

    @Test
    void readsWarmUpRoundsWithinTheirBound() {
        assertThat(LoadOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/ws", "--warmup-rounds", "8"})
                .warmupRounds()).isEqualTo(8);
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/ws",
                "--warmup-rounds", "51"})).hasMessage("--warmup-rounds must be between 0 and 50, was 51");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/ws",
                "--warmup-rounds", "-1"})).hasMessage("--warmup-rounds must be between 0 and 50, was -1");
    }

    @Test
    void refusesAnAddressOffLoopback() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "ws://example.com/ws"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void refusesAMissingBotJar() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--jar", "no/such/bot.jar"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no/such/bot.jar: no such file");
    }

    @Test
    void refusesNonNumericAndOutOfRangeCounts() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "ws://localhost:1/ws", "--customers", "many"}))
                .hasMessage("--customers must be a whole number, was many");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url", "ws://localhost:1/ws", "--customers", "0"}))
                .hasMessage("--customers must be between 1 and 20000, was 0");
    }

    @Test
    void refusesAnOptionWithoutValueAndUnknownOptions() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--url"})).hasMessage("--url needs a value");
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--speed", "fast"})).hasMessage("unknown option --speed");
    }
}
