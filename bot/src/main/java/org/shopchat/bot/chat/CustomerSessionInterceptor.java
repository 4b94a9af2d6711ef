package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.OpenedConversation;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerTokenVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.messaging.web.csrf.XorCsrfChannelInterceptor;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.util.MimeTypeUtils;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Binds each customer STOMP session to one conversation at CONNECT (from the {@code conversation-token} header,
 * or a new conversation) and confines the session to its own destinations afterwards. A session whose WebSocket
 * handshake carried a signed-in console user is a staff session instead: its CONNECT must carry the CSRF token of the
 * user's HTTP session ({@link StaffCsrfHandshake}), and it is confined to the console's destinations. A refused frame
 * gets a STOMP ERROR frame whose message says the rule, and the connection is closed.
 */
@Component
class CustomerSessionInterceptor implements ChannelInterceptor {

    static final String TOKEN_HEADER = "conversation-token";
    static final String CUSTOMER_TOKEN_HEADER = "customer-token";
    static final String EVENTS_DESTINATION = "/user/queue/events";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";
    static final String UNAVAILABLE = "the chat is unavailable for a moment; please try again shortly";

    private static final Logger log = LoggerFactory.getLogger(CustomerSessionInterceptor.class);

    private final ConversationService conversations;
    private final CustomerTokenVerifier customerTokens;
    private final ObjectProvider<MessageChannel> outbound;
    private final ChannelInterceptor staffCsrf = new XorCsrfChannelInterceptor();

    CustomerSessionInterceptor(ConversationService conversations, CustomerTokenVerifier customerTokens,
                               @Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> outbound) {
        this.conversations = conversations;
        this.customerTokens = customerTokens;
        this.outbound = outbound;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (accessor == null || accessor.getCommand() == null) {
            return message;
        }
        try {
            return check(message, channel, accessor);
        } catch (Refused refused) {
            refuse(accessor, refused.getMessage());
            return null;
        }
    }

    private Message<?> check(Message<?> message, MessageChannel channel, StompHeaderAccessor accessor) {
        switch (accessor.getCommand()) {
            case CONNECT -> {
                if (isStaff(accessor)) {
                    // A console user's CONNECT carries their session's CSRF token (X-CSRF-TOKEN), else it is refused.
                    try {
                        return staffCsrf.preSend(message, channel);
                    } catch (CsrfException forged) {
                        throw new Refused("a console connection needs the CSRF token of its page (header "
                                + CSRF_HEADER + "); reload the console page");
                    }
                }
                OpenedConversation opened;
                try {
                    opened = conversations.open(Optional.ofNullable(accessor.getFirstNativeHeader(TOKEN_HEADER)));
                    Optional<CustomerId> customer = Optional.ofNullable(accessor.getFirstNativeHeader(CUSTOMER_TOKEN_HEADER))
                            .flatMap(customerTokens::verify);
                    if (customer.isPresent()) {
                        opened = conversations.identify(opened, customer.get().value());
                    }
                } catch (DataAccessException | TransactionException unavailable) {
                    log.error("Could not open a conversation: the database is unavailable", unavailable);
                    throw new Refused(UNAVAILABLE);
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

    /**
     * A STOMP ERROR frame with the rule that was broken, to the sending session; the server then closes the
     * connection (STOMP 1.2). Sent here on the outbound channel because an exception thrown by this interceptor
     * would not reach the client: with ordered receiving, the inbound channel runs it off the socket's thread.
     */
    private void refuse(StompHeaderAccessor frame, String reason) {
        log.info("Refused a STOMP {} from session {}: {}", frame.getCommand(), frame.getSessionId(), reason);
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(reason);
        error.setSessionId(frame.getSessionId());
        error.setContentType(MimeTypeUtils.TEXT_PLAIN);
        error.setLeaveMutable(true);
        outbound.getObject().send(MessageBuilder.createMessage(reason.getBytes(StandardCharsets.UTF_8),
                error.getMessageHeaders()));
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
            throw new Refused("destination not allowed: " + rule);
        }
    }

    private static void requireCustomer(StompHeaderAccessor accessor, boolean allowed, String rule) {
        if (!(accessor.getUser() instanceof CustomerPrincipal)) {
            throw new Refused("connect first");
        }
        if (!allowed) {
            throw new Refused("destination not allowed: " + rule);
        }
    }

    /** A frame that breaks a rule of the chat protocol; its message is the rule, fit to show the client. */
    private static final class Refused extends RuntimeException {
        Refused(String rule) {
            super(rule, null, false, false);
        }
    }
}
