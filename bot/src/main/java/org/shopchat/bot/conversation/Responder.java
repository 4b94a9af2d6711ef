package org.shopchat.bot.conversation;

import java.util.Optional;

/**
 * Decides the bot's answer to one customer message. The dialogue module implements it; the conversation module
 * only stores what it says.
 */
public interface Responder {

    /** The reply that greets a customer who opens a new conversation. */
    BotReply welcome(ConversationView conversation);

    /**
     * The reply to a customer message, already stored as {@code message}; empty when the bot must stay silent
     * because a person has taken over the conversation.
     */
    Optional<BotReply> answer(ConversationView conversation, MessageView message);

    /** The reply to "did this help?" on {@code answer}, a bot message that came from an article. */
    BotReply feedback(ConversationView conversation, MessageView answer, boolean helpful);
}
