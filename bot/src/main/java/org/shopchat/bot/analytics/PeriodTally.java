package org.shopchat.bot.analytics;

import org.shopchat.console.analytics.PeriodFigures;

/** The counts of one period while the dashboard is being worked out. */
final class PeriodTally {

    final String label;
    long conversations;
    long contained;
    long escalated;
    long fcrEligible;
    long fcrResolved;
    final Mean botFirstResponse = new Mean();
    long handoffs;
    final Mean queueWait = new Mean();
    final Mean agentFirstResponse = new Mean();
    final Mean handleTime = new Mean();
    long customerTurns;
    long notUnderstood;
    final Mean botCsat = new Mean();
    final Mean agentCsat = new Mean();
    long ticketsCreated;
    long ticketsClosed;

    PeriodTally(String label) {
        this.label = label;
    }

    PeriodFigures figures() {
        return new PeriodFigures(label, conversations, contained, Mean.rate(contained, conversations), escalated,
                Mean.rate(escalated, conversations), fcrEligible, fcrResolved, Mean.rate(fcrResolved, fcrEligible),
                botFirstResponse.value(), handoffs, queueWait.value(), agentFirstResponse.value(), handleTime.value(),
                customerTurns, notUnderstood, Mean.rate(notUnderstood, customerTurns), botCsat.value(),
                agentCsat.value(), ticketsCreated, ticketsClosed);
    }
}
