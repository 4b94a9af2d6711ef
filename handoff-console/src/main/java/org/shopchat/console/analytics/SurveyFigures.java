package org.shopchat.console.analytics;

import java.util.List;

/**
 * Satisfaction surveys of one phase (bot or agent).
 *
 * @param distribution how many answers gave 1, 2, 3, 4 and 5 (five entries)
 */
public record SurveyFigures(long offered, long answered, long skipped, Double average, List<Long> distribution) {

    public SurveyFigures {
        distribution = List.copyOf(distribution);
        if (distribution.size() != 5) {
            throw new IllegalArgumentException("a rating distribution has five entries");
        }
    }

    public Double responseRate() {
        return offered == 0 ? null : (double) answered / offered;
    }
}
