package org.shopchat.bot.chat;

import java.security.Principal;
import java.util.UUID;

/**
 * The identity of a customer's STOMP session: the conversation it is bound to at CONNECT. Every frame of the
 * session acts on this conversation only; no frame can name another one.
 */
record CustomerPrincipal(UUID conversationId, String token, boolean started) implements Principal {

    @Override
    public String getName() {
        return conversationId.toString();
    }

    @Override
    public String toString() {
        return "CustomerPrincipal[" + conversationId + "]";
    }
}
