package org.shopchat.benchmarks.load;

import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One customer on its own STOMP connection, following docs/protocol.md: CONNECT, SUBSCRIBE /user/queue/events,
 * chat.resume, then messages one at a time, each timed from SEND until the reply it is waiting for arrives.
 * Server events are queued by the client's I/O thread and consumed by the customer's own (virtual) thread.
 */
final class StompCustomer implements AutoCloseable {

    static final String EVENTS = "/user/queue/events";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final StompSession session;
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final String name;
    private int sent;

    private StompCustomer(StompSession session, String name) {
        this.session = session;
        this.name = name;
    }

    static StompCustomer connect(WebSocketStompClient client, URI url, String name, Duration timeout) throws Exception {
        StompSession session = client.connectAsync(url.toString(), new WebSocketHttpHeaders(), new StompHeaders(),
                new StompSessionHandlerAdapter() { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        StompCustomer customer = new StompCustomer(session, name);
        session.subscribe(EVENTS, customer.new Events());
        customer.send("/app/chat.resume", JSON.createObjectNode().put("afterSeq", 0));
        customer.awaitEvent(e -> "session".equals(e.path("type").asString()), timeout);
        return customer;
    }

    /** Sends one chat message and returns nanoseconds until the bot's (or a person's) reply, or -1 when none came. */
    long chat(String text, Duration timeout) throws InterruptedException {
        String id = name + "-" + (++sent);
        long started = System.nanoTime();
        send("/app/chat.send", JSON.createObjectNode().put("clientMessageId", id).put("text", text));
        JsonNode ack = awaitEvent(e -> isMessage(e) && id.equals(e.path("clientMessageId").asString())
                || isErrorFor(e, id), timeout);
        if (ack == null || "error".equals(ack.path("type").asString())) {
            return -1;
        }
        long seq = ack.path("seq").asLong();
        long left = timeout.toNanos() - (System.nanoTime() - started);
        JsonNode reply = awaitEvent(e -> isMessage(e) && !"CUSTOMER".equals(e.path("sender").asString())
                && e.path("seq").asLong() > seq, Duration.ofNanos(Math.max(0, left)));
        return reply == null ? -1 : System.nanoTime() - started;
    }

    /** Sends to the echo endpoint and returns nanoseconds until the echo arrives, or -1 when none came. */
    long echo(String text, Duration timeout) throws InterruptedException {
        String id = name + "-" + (++sent);
        long started = System.nanoTime();
        send("/app/bench.echo", JSON.createObjectNode().put("clientMessageId", id).put("text", text));
        JsonNode echo = awaitEvent(e -> "echo".equals(e.path("type").asString())
                && id.equals(e.path("clientMessageId").asString()), timeout);
        return echo == null ? -1 : System.nanoTime() - started;
    }

    boolean isConnected() {
        return session.isConnected();
    }

    private static boolean isMessage(JsonNode event) {
        return "message".equals(event.path("type").asString());
    }

    private static boolean isErrorFor(JsonNode event, String id) {
        return "error".equals(event.path("type").asString()) && id.equals(event.path("clientMessageId").asString());
    }

    private void send(String destination, ObjectNode payload) {
        StompHeaders headers = new StompHeaders();
        headers.setDestination(destination);
        headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
        session.send(headers, JSON.writeValueAsBytes(payload));
    }

    /** The first queued event matching, dropping the others (typing, older messages); null after the timeout. */
    private JsonNode awaitEvent(java.util.function.Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            JsonNode event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event != null && wanted.test(event)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }

    private final class Events implements StompFrameHandler {
        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            events.add(JSON.readTree(new String((byte[]) payload, StandardCharsets.UTF_8)));
        }
    }
}
