package org.shopchat.bot.escalation;

import java.util.UUID;

/**
 * A customer's message for the team was stored.
 *
 * @param replyBy when the customer can expect the e-mail reply, as shown to them (e.g. "Tue 24 Nov, 20:00")
 */
public record OfflineTicketCreated(UUID ticketId, UUID conversationId, String replyBy) {
}
