package org.shopchat.bot.escalation.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Queue priority as a moment: a customer counts as having arrived earlier than they did by a fixed head start for
 * VIP tier and for distress. Ordering by that moment serves them sooner, yet a head start is bounded, so anyone
 * who has waited longer than the largest head start can no longer be overtaken by a newcomer: nobody starves.
 */
public record QueueOrder(Duration vipHeadStart, Duration distressHeadStart) {

    public Instant priorityAt(Instant arrival, boolean vip, boolean distressed) {
        Instant at = arrival;
        if (vip) {
            at = at.minus(vipHeadStart);
        }
        if (distressed) {
            at = at.minus(distressHeadStart);
        }
        return at;
    }
}
