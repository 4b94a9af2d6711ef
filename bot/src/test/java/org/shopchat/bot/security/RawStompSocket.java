package org.shopchat.bot.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket to {@code /ws} that sends STOMP frames as raw text, whatever their shape: for tests of what the server
 * does with frames no well-behaved client would send. Received frames are kept whole, in order.
 */
final class RawStompSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private RawStompSocket(HttpClient http, int port, String forwardedFor) throws Exception {
        this(http, port, forwardedFor == null ? java.util.Map.of() : java.util.Map.of("X-Forwarded-For", forwardedFor));
    }

    private RawStompSocket(HttpClient http, int port, java.util.Map<String, String> handshakeHeaders) throws Exception {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        handshakeHeaders.forEach(builder::header);
        this.socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    frames.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    static RawStompSocket open(HttpClient http, int port) throws Exception {
        return new RawStompSocket(http, port, java.util.Map.<String, String>of());
    }

    static RawStompSocket openFrom(HttpClient http, int port, String forwardedFor) throws Exception {
        return new RawStompSocket(http, port, forwardedFor);
    }

    /** A handshake with these headers, e.g. a signed-in console user's {@code Cookie} and {@code Origin}. */
    static RawStompSocket openWith(HttpClient http, int port, java.util.Map<String, String> handshakeHeaders)
            throws Exception {
        return new RawStompSocket(http, port, handshakeHeaders);
    }

    /** Sends {@code text} as one WebSocket text message (a STOMP frame, or anything else). */
    RawStompSocket send(String text) throws Exception {
        socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    RawStompSocket connect() throws Exception {
        return send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
    }

    /** CONNECT presenting a conversation token, then SUBSCRIBE to the customer's events; waits for CONNECTED. */
    RawStompSocket connectAs(String conversationToken) throws Exception {
        send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n"
                + (conversationToken == null ? "" : "conversation-token:" + conversationToken + "\n") + "\n\0");
        String connected = nextFrame();
        if (!connected.startsWith("CONNECTED")) {
            throw new AssertionError("expected CONNECTED, got " + connected);
        }
        return send("SUBSCRIBE\nid:0\ndestination:/user/queue/events\n\n\0");
    }

    /** A SEND frame with a JSON body to an application destination. */
    RawStompSocket sendJson(String destination, String json) throws Exception {
        return send("SEND\ndestination:" + destination + "\ncontent-type:application/json\n\n" + json + "\0");
    }

    /** The JSON body of a MESSAGE frame. */
    static String body(String frame) {
        int start = frame.indexOf("\n\n");
        int end = frame.lastIndexOf('\0');
        return frame.substring(start + 2, end < 0 ? frame.length() : end);
    }

    /** The next frame the server sent, whole ("CONNECTED\n...", "ERROR\n...", "MESSAGE\n..."); fails after a bounded wait. */
    String nextFrame() throws InterruptedException {
        String frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame from the server within " + WAIT);
        }
        return frame;
    }

    /** The next frame the server sent, or null when none came within a bounded wait. */
    String pollFrame() throws InterruptedException {
        return frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The next frame whose text contains {@code part}, skipping others (heart-beats, other events). */
    String nextFrameContaining(String part) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (frame != null && frame.contains(part)) {
                return frame;
            }
        }
        throw new AssertionError("no frame containing '" + part + "' within " + WAIT);
    }

    /** The close code once the server has closed the connection; fails after a bounded wait. */
    int awaitClosed() throws Exception {
        return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The close code, or -2 when the server has not closed the connection within a bounded wait. */
    int closeCodeOrOpen() throws Exception {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            return -2;
        }
    }

    boolean isOpen() {
        return !closed.isDone() && !socket.isOutputClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
