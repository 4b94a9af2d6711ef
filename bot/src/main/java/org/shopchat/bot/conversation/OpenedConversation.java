package org.shopchat.bot.conversation;

import java.util.UUID;

/**
 * The conversation a customer's connection belongs to, and the token to keep for coming back.
 * {@code started} tells whether it was created for this connection (no or unknown token was presented).
 */
public record OpenedConversation(UUID id, ConversationToken token, boolean started) {
}
