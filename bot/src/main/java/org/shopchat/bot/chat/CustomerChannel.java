package org.shopchat.bot.chat;

import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * What other modules may push to a customer's open connections besides stored messages (which arrive by
 * themselves once committed): the typing indicator of whoever is answering.
 */
@Service
public class CustomerChannel {

    private final CustomerEvents events;

    CustomerChannel(CustomerEvents events) {
        this.events = events;
    }

    /**
     * @param sender {@code BOT} or {@code AGENT}
     * @param author the agent's display name, or null for the bot
     */
    public void typing(UUID conversationId, String sender, String author, boolean active) {
        events.toConversation(conversationId, new ChatEvent.Typing(sender, author, active));
    }
}
