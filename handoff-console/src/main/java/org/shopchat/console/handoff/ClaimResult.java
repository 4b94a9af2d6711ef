package org.shopchat.console.handoff;

import java.util.UUID;

/** What came of an agent's claim on a waiting customer. Exactly one claim on a hand-over is {@link Claimed}. */
public sealed interface ClaimResult {

    record Claimed(UUID handoffId, UUID conversationId) implements ClaimResult {
    }

    /** Someone else was faster, or the customer cancelled: {@code byDisplayName} is null when nobody claimed it. */
    record AlreadyTaken(String byDisplayName) implements ClaimResult {
    }

    /** The agent already has as many chats as one person may handle at once. */
    record AtCapacity(int limit) implements ClaimResult {
    }
}
