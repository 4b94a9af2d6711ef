package org.shopchat.console.analytics;

/**
 * The figures of one period (docs/metrics.md). Rates are shares from 0 to 1 and times are seconds; both are null
 * when there is nothing to compute them from.
 */
public record PeriodFigures(String label, long conversations, long contained, Double containmentRate,
                            long escalated, Double escalationRate, long fcrEligible, long fcrResolved, Double fcrRate,
                            Double botFirstResponseSeconds, long handoffs, Double queueWaitSeconds,
                            Double agentFirstResponseSeconds, Double handleTimeSeconds, long customerTurns,
                            long notUnderstoodTurns, Double notUnderstoodRate, Double botCsat, Double agentCsat,
                            long ticketsCreated, long ticketsClosed) {
}
