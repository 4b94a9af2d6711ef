package org.shopchat.bot.conversation;

import java.util.UUID;

/** A conversation id that is not (or no longer) in the database. */
public class UnknownConversationException extends RuntimeException {

    public UnknownConversationException(UUID id) {
        super("no conversation " + id);
    }
}
