package org.shopchat.bot.conversation;

import java.time.Instant;
import java.util.UUID;

/** A stored message as other modules see it. */
public record MessageView(UUID conversationId, long seq, Sender sender, String author, String text,
                          String clientMessageId, Instant createdAt, CustomerInput.Choice choice,
                          BotReply.Provenance provenance, Attachments attachments) {
}
