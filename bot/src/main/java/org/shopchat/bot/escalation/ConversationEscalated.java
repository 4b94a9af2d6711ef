package org.shopchat.bot.escalation;

import java.util.List;
import java.util.UUID;

/** A conversation joined the queue for a person. */
public record ConversationEscalated(UUID conversationId, UUID handoffId, List<EscalationReason> reasons, boolean vip) {
}
