package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.MessagePosted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.UUID;

/** Delivers events to a customer's connections: all of a conversation's, or one session's. */
@Component
class CustomerEvents {

    private final SimpMessagingTemplate messaging;
    private final SimpUserRegistry users;
    private final BrokerRelayProperties relay;

    CustomerEvents(SimpMessagingTemplate messaging, SimpUserRegistry users, BrokerRelayProperties relay) {
        this.messaging = messaging;
        this.users = users;
        this.relay = relay;
    }

    /** A message reaches the customer only once it is committed, so nothing is shown that could still be lost. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(MessagePosted posted) {
        toConversation(posted.message().conversationId(), ChatEvent.Posted.of(posted.message()));
    }

    /**
     * To each open session of the conversation, one by one: sent to the user as a whole, the one message fans out to
     * all sessions and, with publish order preserved, Spring drops it for the second session (its headers are
     * immutable by then) — a customer who reconnects while the dropped connection lingers lost replies
     * (ReconnectDropTests). A session that opens meanwhile gets the message from its {@code chat.resume}.
     */
    void toConversation(UUID conversationId, ChatEvent event) {
        if (relay.enabled()) {
            // The external broker fans out itself, and sessions on other instances are not all in this registry.
            messaging.convertAndSendToUser(conversationId.toString(), ChatController.EVENTS, event);
            return;
        }
        SimpUser user = users.getUser(conversationId.toString());
        if (user == null) {
            return;
        }
        for (SimpSession session : user.getSessions()) {
            toSession(conversationId.toString(), session.getId(), event);
        }
    }

    void toSession(CustomerPrincipal customer, String sessionId, ChatEvent event) {
        toSession(customer.getName(), sessionId, event);
    }

    private void toSession(String user, String sessionId, ChatEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        messaging.convertAndSendToUser(user, ChatController.EVENTS, event, headers.getMessageHeaders());
    }
}
