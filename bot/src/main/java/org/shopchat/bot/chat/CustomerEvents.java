package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.MessagePosted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.UUID;

/** Delivers events to a customer's connections: all of a conversation's, or one session's. */
@Component
class CustomerEvents {

    private final SimpMessagingTemplate messaging;

    CustomerEvents(SimpMessagingTemplate messaging) {
        this.messaging = messaging;
    }

    /** A message reaches the customer only once it is committed, so nothing is shown that could still be lost. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(MessagePosted posted) {
        toConversation(posted.message().conversationId(), ChatEvent.Posted.of(posted.message()));
    }

    void toConversation(UUID conversationId, ChatEvent event) {
        messaging.convertAndSendToUser(conversationId.toString(), ChatController.EVENTS, event);
    }

    void toSession(CustomerPrincipal customer, String sessionId, ChatEvent event) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setSessionId(sessionId);
        headers.setLeaveMutable(true);
        messaging.convertAndSendToUser(customer.getName(), ChatController.EVENTS, event, headers.getMessageHeaders());
    }
}
