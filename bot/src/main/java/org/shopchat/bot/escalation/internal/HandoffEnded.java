package org.shopchat.bot.escalation.internal;

import java.util.UUID;

/** An agent no longer has the chat (resolved, released or transferred away). */
public record HandoffEnded(UUID handoffId, String agentUsername) {
}
