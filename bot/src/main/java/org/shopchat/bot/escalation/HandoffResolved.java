package org.shopchat.bot.escalation;

import java.util.UUID;

/** An agent finished a conversation; the bot has it again. {@code resolution} is SOLVED, FOLLOW_UP or NOT_SOLVABLE. */
public record HandoffResolved(UUID conversationId, UUID handoffId, String agentUsername, String resolution) {
}
