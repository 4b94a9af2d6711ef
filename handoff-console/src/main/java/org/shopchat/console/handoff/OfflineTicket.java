package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.UUID;

/**
 * A message a customer left while nobody could take the chat, to be answered by e-mail.
 *
 * @param status OPEN, ANSWERED or CLOSED
 */
public record OfflineTicket(UUID id, UUID conversationId, String email, String text, Instant createdAt,
                            Instant replyBy, String status, String reply, String repliedBy, Instant repliedAt) {
}
