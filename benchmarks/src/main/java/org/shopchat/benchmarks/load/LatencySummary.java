package org.shopchat.benchmarks.load;

import java.util.Arrays;
import java.util.Locale;

/**
 * Exact percentiles of a finished run's round-trip times (every sample is kept: a bounded run has at most a few
 * hundred thousand), and the throughput over the run's wall-clock time.
 */
public record LatencySummary(int count, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
                             double messagesPerSecond) {

    /** Nearest-rank percentiles of {@code nanos}; {@code wallNanos} is the time the whole run took. */
    public static LatencySummary of(long[] nanos, long wallNanos) {
        if (wallNanos <= 0) {
            throw new IllegalArgumentException("wall time must be positive, was " + wallNanos);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.0);
        }
        return new LatencySummary(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)),
                millis(rank(sorted, 0.99)), millis(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9));
    }

    /** The smallest sample with at least {@code fraction} of all samples at or below it. */
    static long rank(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    public String toLine() {
        return String.format(Locale.ROOT, "%d replies, %.1f msg/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                count, messagesPerSecond, p50Millis, p95Millis, p99Millis, maxMillis);
    }
}
