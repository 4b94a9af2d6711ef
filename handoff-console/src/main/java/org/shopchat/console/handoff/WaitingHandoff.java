package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer waiting for a person, as the queue view lists it.
 *
 * @param position             1 for the next to be served (priority and waiting time already applied)
 * @param reasons              why the conversation was escalated (enum names such as {@code CUSTOMER_ASKED})
 * @param summary              the one-line context summary built from the agent-facing templates
 * @param estimatedWaitMinutes what the customer was last told, roughly
 */
public record WaitingHandoff(UUID id, UUID conversationId, Instant requestedAt, int position, boolean vip,
                             boolean distressed, List<String> reasons, String summary, int estimatedWaitMinutes) {

    public WaitingHandoff {
        reasons = List.copyOf(reasons);
    }
}
