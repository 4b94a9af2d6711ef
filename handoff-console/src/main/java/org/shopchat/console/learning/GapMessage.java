package org.shopchat.console.learning;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** One customer message in the gaps report, with every reason it counts. */
public record GapMessage(UUID conversationId, long seq, String text, Instant sentAt, Set<GapReason> reasons) {

    public GapMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        reasons = Set.copyOf(reasons);
    }
}
