package org.shopchat.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatencySummaryTests {

    @Test
    void reportsNearestRankPercentilesOfUnsortedSamples() {
        // 1..100 ms, shuffled by stepping through them with a stride coprime to 100.
        long[] nanos = LongStream.range(0, 100).map(i -> ((i * 37) % 100 + 1) * 1_000_000L).toArray();

        LatencySummary summary = LatencySummary.of(nanos, 2_000_000_000L);

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(50.0);
        assertThat(summary.p95Millis()).isEqualTo(95.0);
        assertThat(summary.p99Millis()).isEqualTo(99.0);
        assertThat(summary.maxMillis()).isEqualTo(100.0);
        assertThat(summary.messagesPerSecond()).isEqualTo(50.0);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        LatencySummary summary = LatencySummary.of(new long[] {3_000_000L}, 1_000_000_000L);

        assertThat(summary.p50Millis()).isEqualTo(3.0);
        assertThat(summary.p99Millis()).isEqualTo(3.0);
    }

    @Test
    void aRunWithoutRepliesHasNoPercentilesAndNoThroughput() {
        LatencySummary summary = LatencySummary.of(new long[0], 1_000_000_000L);

        assertThat(summary.count()).isZero();
        assertThat(summary.p99Millis()).isNaN();
        assertThat(summary.messagesPerSecond()).isZero();
    }

    @Test
    void rejectsAWallTimeOfZero() {
        assertThatThrownBy(() -> LatencySummary.of(new long[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wall time");
    }
}
