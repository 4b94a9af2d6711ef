package org.shopchat.bot.conversation;

import java.util.UUID;

/** A read-only look at a conversation for other modules. */
public record ConversationView(UUID id, Conversation.Status status, long lastSeq, String customerId) {

    static ConversationView of(Conversation conversation) {
        return new ConversationView(conversation.getId(), conversation.getStatus(), conversation.getLastSeq(),
                conversation.getCustomerId());
    }
}
