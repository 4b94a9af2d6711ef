package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.OpenedConversation;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Binds each customer STOMP session to one conversation at CONNECT (from the {@code conversation-token} header,
 * or a new conversation) and confines the session to its own destinations afterwards.
 */
@Component
class CustomerSessionInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "conversation-token";
    static final String EVENTS_DESTINATION = "/user/queue/events";

    private final ConversationService conversations;

    CustomerSessionInterceptor(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        switch (accessor.getCommand()) {
            case CONNECT -> {
                OpenedConversation opened = conversations.open(Optional.ofNullable(accessor.getFirstNativeHeader(TOKEN_HEADER)));
                accessor.setUser(new CustomerPrincipal(opened.id(), opened.token().value(), opened.started()));
            }
            case SUBSCRIBE -> requireCustomer(accessor, EVENTS_DESTINATION.equals(accessor.getDestination()),
                    "only " + EVENTS_DESTINATION + " can be subscribed to");
            case SEND -> requireCustomer(accessor, accessor.getDestination() != null
                            && accessor.getDestination().startsWith("/app/chat."),
                    "messages go to /app/chat.send or /app/chat.resume");
            default -> {
            }
        }
        return message;
    }

    private static void requireCustomer(StompHeaderAccessor accessor, boolean allowed, String rule) {
        if (!(accessor.getUser() instanceof CustomerPrincipal)) {
            throw new MessageDeliveryException("connect first");
        }
        if (!allowed) {
            throw new MessageDeliveryException("destination not allowed: " + rule);
        }
    }
}
