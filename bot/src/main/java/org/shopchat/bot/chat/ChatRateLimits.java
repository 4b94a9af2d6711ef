package org.shopchat.bot.chat;

import io.github.bucket4j.Bucket;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.handler.WebSocketHandlerDecoratorFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat's rate limits (token buckets, Bucket4j): frames per connection, frames per client address, open
 * connections per client address. A frame over the limit is dropped and answered with an {@code error} event
 * ({@code rate_limited}); the connection stays open. A connection over the limit gets a STOMP {@code ERROR} frame and
 * is closed as soon as it opens, before any conversation is opened for it. Signed-in staff sessions' frames are not
 * limited (their connections count, since the handshake comes before anyone is known).
 */
@Component
class ChatRateLimits implements ChannelInterceptor, WebSocketHandlerDecoratorFactory {

    private static final Logger log = LoggerFactory.getLogger(ChatRateLimits.class);
    // Above this many remembered addresses, idle ones (full buckets) are forgotten: memory stays bounded.
    private static final int ADDRESS_SWEEP_THRESHOLD = 10_000;
    // Read from a refused frame without parsing its JSON, so the widget can mark that one message as not sent.
    private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("\"clientMessageId\"\\s*:\\s*\"([A-Za-z0-9_-]{1,64})\"");

    private final ChatLimitProperties limits;
    // Looked up when needed: the messaging template is built from the configuration that registers this interceptor.
    private final ObjectProvider<CustomerEvents> events;
    private final BotVoice voice;
    private final ConcurrentMap<String, Integer> connectionsByAddress = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> sessionBuckets = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Bucket> addressBuckets = new ConcurrentHashMap<>();
    private final Set<String> reportedSessions = ConcurrentHashMap.newKeySet();

    ChatRateLimits(ChatLimitProperties limits, ObjectProvider<CustomerEvents> events, BotVoice voice) {
        this.limits = limits;
        this.events = events;
        this.voice = voice;
    }

    @Override
    public WebSocketHandler decorate(WebSocketHandler handler) {
        return new WebSocketHandlerDecorator(handler) {
            @Override
            public void afterConnectionEstablished(WebSocketSession session) throws Exception {
                String address = ClientAddress.of(session.getAttributes());
                int open = connectionsByAddress.merge(address, 1, Integer::sum);
                super.afterConnectionEstablished(session);
                if (limits.enabled() && open > limits.connectionsPerAddress()) {
                    refuse(session, address);
                }
            }

            @Override
            public void afterConnectionClosed(WebSocketSession session, CloseStatus status) throws Exception {
                try {
                    super.afterConnectionClosed(session, status);
                } finally {
                    connectionsByAddress.computeIfPresent(ClientAddress.of(session.getAttributes()),
                            (address, open) -> open > 1 ? open - 1 : null);
                    sessionBuckets.remove(session.getId());
                    reportedSessions.remove(session.getId());
                }
            }
        };
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor accessor = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (!limits.enabled() || accessor == null || accessor.getCommand() == null
                || accessor.getUser() instanceof Authentication) {
            return message;
        }
        String address = ClientAddress.of(accessor.getSessionAttributes());
        if (accessor.getCommand() != StompCommand.SEND || accessor.getSessionId() == null) {
            return message;
        }
        // The connection's own bucket first: a connection that floods is stopped before it drains its address's.
        boolean allowed = sessionBucket(accessor.getSessionId()).tryConsume(1) && addressBucket(address).tryConsume(1);
        if (allowed) {
            return message;
        }
        if (reportedSessions.add(accessor.getSessionId())) {
            log.info("Rate-limited chat session {} from {}", accessor.getSessionId(), address);
        }
        if (accessor.getUser() instanceof CustomerPrincipal customer) {
            events.getObject().toSession(customer, accessor.getSessionId(), new ChatEvent.Error("rate_limited",
                    voice.say(TemplateKey.ERROR_RATE_LIMITED, 0).text(), clientMessageId(message)));
            return null;
        }
        throw new MessageDeliveryException("too many frames; slow down");
    }

    /** A STOMP ERROR frame, then the close: before any frame of the client is read, so no conversation is opened. */
    private void refuse(WebSocketSession session, String address) throws IOException {
        log.info("Refused a chat connection from {}: more than {} open connections", address,
                limits.connectionsPerAddress());
        String reason = "too many connections from your address (at most " + limits.connectionsPerAddress()
                + "); close one and try again";
        try {
            session.sendMessage(new TextMessage("ERROR\ncontent-type:text/plain;charset=UTF-8\nmessage:" + reason
                    + "\n\n" + reason + "\0"));
        } finally {
            session.close(CloseStatus.POLICY_VIOLATION.withReason("too many connections"));
        }
    }

    private Bucket sessionBucket(String sessionId) {
        return sessionBuckets.computeIfAbsent(sessionId, id -> bucket(limits.messagesPerConnection()));
    }

    private Bucket addressBucket(String address) {
        if (addressBuckets.size() > ADDRESS_SWEEP_THRESHOLD) {
            long capacity = limits.messagesPerAddress().capacity();
            addressBuckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacity
                    && !connectionsByAddress.containsKey(e.getKey()));
        }
        return addressBuckets.computeIfAbsent(address, a -> bucket(limits.messagesPerAddress()));
    }

    private static Bucket bucket(ChatLimitProperties.Rate rate) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period()))
                .build();
    }

    private static String clientMessageId(Message<?> message) {
        if (message.getPayload() instanceof byte[] body) {
            Matcher matcher = CLIENT_MESSAGE_ID.matcher(new String(body, StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : null;
        }
        return null;
    }
}
