package org.shopchat.bot.chat;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.AbstractMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.util.MimeTypeUtils;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A customer as any STOMP client sees the bot, following docs/protocol.md: used by the full-stack tests.
 */
public final class CustomerStompClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocketStompClient stomp;
    private final StompSession session;
    private final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();

    private CustomerStompClient(WebSocketStompClient stomp, StompSession session) {
        this.stomp = stomp;
        this.session = session;
    }

    /** Connects, presenting {@code token} if not null, and subscribes to the customer's events. */
    public static CustomerStompClient connect(int port, String token) throws Exception {
        return connect(port, token, null);
    }

    /** Connects as a customer the shop identified with a signed customer token (docs/protocol.md). */
    public static CustomerStompClient connect(int port, String token, String customerToken) throws Exception {
        return connect(new WebSocketHttpHeaders(), port, token, customerToken);
    }

    /**
     * Connects as if through a reverse proxy that reports {@code clientAddress} in {@code X-Forwarded-For}: another
     * client address for the rate limits, when the application trusts forwarded headers from loopback
     * ({@code server.forward-headers-strategy=native}).
     */
    public static CustomerStompClient connectFrom(String clientAddress, int port) throws Exception {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("X-Forwarded-For", clientAddress);
        return connect(handshake, port, null, null);
    }

    private static CustomerStompClient connect(WebSocketHttpHeaders handshake, int port, String token,
                                               String customerToken) throws Exception {
        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new CompositeMessageConverter(List.of(new RawBytes(), new JacksonJsonMessageConverter())));
        StompHeaders connect = new StompHeaders();
        if (token != null) {
            connect.add("conversation-token", token);
        }
        if (customerToken != null) {
            connect.add("customer-token", customerToken);
        }
        StompSession session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, connect,
                new StompSessionHandlerAdapter() { }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        CustomerStompClient client = new CustomerStompClient(stomp, session);
        session.subscribe("/user/queue/events", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                client.events.add((Map<String, Object>) payload);
            }
        });
        return client;
    }

    /** Sends chat.resume and returns the session event. */
    public Map<String, Object> resume(long afterSeq) throws InterruptedException {
        session.send("/app/chat.resume", Map.of("afterSeq", afterSeq));
        return next("session");
    }

    public void send(String clientMessageId, String text) {
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("clientMessageId", clientMessageId);
        payload.put("text", text);
        session.send("/app/chat.send", payload);
    }

    public void sendRaw(String destination, String contentType, byte[] body) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        if (contentType != null) {
            headers.set("content-type", contentType);
        }
        session.send(headers, body);
    }

    /** The next event of the given type, skipping others (typing indicators, echoes); fails after a bounded wait. */
    public Map<String, Object> next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && type.equals(event.get("type"))) {
                return event;
            }
        }
        throw new AssertionError("no '" + type + "' event within " + WAIT);
    }

    /** The next stored message written by {@code sender}. */
    public Map<String, Object> nextMessageFrom(String sender) throws InterruptedException {
        while (true) {
            Map<String, Object> message = next("message");
            if (sender.equals(message.get("sender"))) {
                return message;
            }
        }
    }

    /** Everything received so far and not yet consumed. */
    public List<Map<String, Object>> drain() {
        List<Map<String, Object>> rest = new ArrayList<>();
        events.drainTo(rest);
        return rest;
    }

    /** Sends byte arrays as they are, whatever content type the frame claims: for malformed-input tests. */
    private static final class RawBytes extends AbstractMessageConverter {
        RawBytes() {
            super(MimeTypeUtils.ALL);
        }

        @Override
        protected boolean supports(Class<?> clazz) {
            return byte[].class == clazz;
        }

        @Override
        protected Object convertFromInternal(org.springframework.messaging.Message<?> message, Class<?> targetClass,
                                             Object conversionHint) {
            return message.getPayload();
        }

        @Override
        protected Object convertToInternal(Object payload, MessageHeaders headers, Object conversionHint) {
            return payload;
        }
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        stomp.stop();
    }
}
