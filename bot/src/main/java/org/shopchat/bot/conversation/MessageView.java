package org.shopchat.bot.conversation;

import java.time.Instant;
import java.util.UUID;

/** A stored message as other modules see it. */
public record MessageView(UUID conversationId, long seq, Sender sender, String text, String clientMessageId,
                          Instant createdAt) {

    static MessageView of(Message message) {
        return new MessageView(message.getConversationId(), message.getSeq(), message.getSender(), message.getText(),
                message.getClientMessageId(), message.getCreatedAt());
    }
}
