package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.OpenedConversation;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerTokenVerifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Binds each customer STOMP session to one conversation at CONNECT (from the {@code conversation-token} header,
 * or a new conversation) and confines the session to its own destinations afterwards. A session whose WebSocket
 * handshake carried a signed-in console user is a staff session instead, confined to the console's destinations.
 */
@Component
class CustomerSessionInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "conversation-token";
    static final String CUSTOMER_TOKEN_HEADER = "customer-token";
    static final String EVENTS_DESTINATION = "/user/queue/events";

    private final ConversationService conversations;
    private final CustomerTokenVerifier customerTokens;

    CustomerSessionInterceptor(ConversationService conversations, CustomerTokenVerifier customerTokens) {
        this.conversations = conversations;
        this.customerTokens = customerTokens;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        switch (accessor.getCommand()) {
            case CONNECT -> {
                if (isStaff(accessor)) {
                    return message;
                }
                OpenedConversation opened = conversations.open(Optional.ofNullable(accessor.getFirstNativeHeader(TOKEN_HEADER)));
                Optional<CustomerId> customer = Optional.ofNullable(accessor.getFirstNativeHeader(CUSTOMER_TOKEN_HEADER))
                        .flatMap(customerTokens::verify);
                if (customer.isPresent()) {
                    opened = conversations.identify(opened, customer.get().value());
                }
                accessor.setUser(new CustomerPrincipal(opened.id(), opened.token().value(), opened.started()));
            }
            case SUBSCRIBE -> {
                if (isStaff(accessor)) {
                    require(startsWith(accessor, STAFF_TOPICS) || startsWith(accessor, STAFF_QUEUE),
                            "console sessions subscribe to " + STAFF_TOPICS + "* or " + STAFF_QUEUE + "*");
                } else {
                    requireCustomer(accessor, EVENTS_DESTINATION.equals(accessor.getDestination()),
                            "only " + EVENTS_DESTINATION + " can be subscribed to");
                }
            }
            case SEND -> {
                if (isStaff(accessor)) {
                    require(startsWith(accessor, STAFF_SEND), "console messages go to " + STAFF_SEND + "*");
                } else {
                    requireCustomer(accessor, startsWith(accessor, "/app/chat.") || startsWith(accessor, "/app/bench.echo"),
                            "messages go to /app/chat.send, /app/chat.resume, /app/chat.feedback or /app/chat.typing");
                }
            }
            default -> {
            }
        }
        return message;
    }

    /** Destinations of the agent and editor console (handoff-console), for signed-in staff only. */
    static final String STAFF_TOPICS = "/topic/console.";
    static final String STAFF_QUEUE = "/user/queue/console";
    static final String STAFF_SEND = "/app/console.";

    private static boolean isStaff(StompHeaderAccessor accessor) {
        return accessor.getUser() instanceof Authentication authentication && authentication.isAuthenticated();
    }

    private static boolean startsWith(StompHeaderAccessor accessor, String prefix) {
        return accessor.getDestination() != null && accessor.getDestination().startsWith(prefix);
    }

    private static void require(boolean allowed, String rule) {
        if (!allowed) {
            throw new MessageDeliveryException("destination not allowed: " + rule);
        }
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
