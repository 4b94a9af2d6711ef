package org.shopchat.console.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which conversations the dashboard counts: those started from {@code from} to {@code to} (both included, in the
 * shop's time zone), optionally only of one customer tier and one intent; {@code agent} restricts the figures to
 * one agent's own hand-overs and surveys (an agent's view of the dashboard).
 *
 * @param tier   {@code STANDARD}, {@code VIP}, {@code GUEST} (not identified) or null for all
 * @param intent the conversation's intent (docs/metrics.md), {@code none} for conversations without one, or null
 * @param agent  an agent's username, or null for everyone's figures
 */
public record AnalyticsQuery(LocalDate from, LocalDate to, Granularity granularity, String tier, String intent,
                             String agent) {

    /** Longest period one query may span, so the report's cost stays bounded. */
    public static final int MAX_DAYS = 366;

    public AnalyticsQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("the period is longer than " + MAX_DAYS + " days");
        }
    }

    public boolean agentView() {
        return agent != null;
    }
}
