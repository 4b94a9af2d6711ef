package org.shopchat.bot.conversation;

import java.util.Objects;

/**
 * A customer message as accepted for storage: the client's id for it, the cleaned text, and the quick reply it
 * came from, if the customer pressed one.
 */
public record CustomerInput(String clientMessageId, String text, Choice choice) {

    public CustomerInput {
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(text, "text");
    }

    /** The action and value of a pressed quick reply (see {@link QuickReply}). */
    public record Choice(String action, String value) {
    }
}
