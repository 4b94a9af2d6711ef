package org.shopchat.bot.analytics;

import java.time.Duration;
import java.time.Instant;

/** A running arithmetic mean; null while empty. */
final class Mean {

    private double sum;
    private long count;

    void add(double value) {
        sum += value;
        count++;
    }

    /** Adds the seconds from {@code start} to {@code end}, when both are known and in order. */
    void addSeconds(Instant start, Instant end) {
        if (start != null && end != null && !end.isBefore(start)) {
            add(Duration.between(start, end).toMillis() / 1000.0);
        }
    }

    long count() {
        return count;
    }

    Double value() {
        return count == 0 ? null : sum / count;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
