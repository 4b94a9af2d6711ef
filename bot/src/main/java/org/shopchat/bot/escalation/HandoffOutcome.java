package org.shopchat.bot.escalation;

import java.util.UUID;

/** What came of asking for a person. */
public sealed interface HandoffOutcome {

    /** In the queue: {@code position} 1 is next; the wait is an estimate from recent handle times. */
    record Queued(UUID handoffId, int position, int waitMinutes) implements HandoffOutcome {
    }

    /** Nobody can take the chat now (outside business hours, or no agent online): offer to leave a message. */
    record Offline(String openingHours) implements HandoffOutcome {
    }

    /** The customer was already waiting; their current place. */
    record AlreadyQueued(UUID handoffId, int position, int waitMinutes) implements HandoffOutcome {
    }

    /** A person already has the conversation. */
    record WithAgent(String agentName) implements HandoffOutcome {
    }
}
