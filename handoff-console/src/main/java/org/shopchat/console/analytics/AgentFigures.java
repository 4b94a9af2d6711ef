package org.shopchat.console.analytics;

/** One agent's hand-overs of the period. */
public record AgentFigures(String username, String name, long handoffs, long resolved, Double queueWaitSeconds,
                           Double firstResponseSeconds, Double handleTimeSeconds, long surveys, Double csat) {
}
