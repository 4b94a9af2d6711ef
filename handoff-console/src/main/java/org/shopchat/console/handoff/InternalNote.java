package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an agent wrote down about a conversation for colleagues: part of the context every later agent sees, never
 * shown or sent to the customer.
 *
 * @param handoffId  the hand-over during which it was written
 * @param author     the agent's login name
 * @param authorName the agent's display name
 */
public record InternalNote(UUID id, UUID conversationId, UUID handoffId, String author, String authorName,
                           String text, Instant createdAt) {

    public InternalNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
