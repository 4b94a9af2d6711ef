package org.shopchat.bot.escalation.internal;

import java.time.Duration;
import java.util.List;

/**
 * The wait a customer is told: customers ahead of them (and they themselves) are served as fast as the agents online
 * can take chats, each chat taking the recent average handle time. A rough figure, rounded up to whole minutes.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    public static Duration averageHandleTime(List<Duration> recent, Duration fallback) {
        if (recent.isEmpty()) {
            return fallback;
        }
        return recent.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(recent.size());
    }

    /** @param slots chats that can run at once (agents online times chats per agent), at least 1 */
    public static int minutes(int position, Duration averageHandleTime, int slots) {
        double minutes = position * (averageHandleTime.toSeconds() / 60.0) / Math.max(1, slots);
        return Math.max(1, (int) Math.ceil(minutes));
    }
}
