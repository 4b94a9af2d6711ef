package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hand-over an agent has claimed and is chatting in. */
public record ActiveHandoff(UUID id, UUID conversationId, String claimedBy, String claimedByName, Instant claimedAt,
                           boolean vip, List<String> reasons, String summary) {

    public ActiveHandoff {
        reasons = List.copyOf(reasons);
    }
}
