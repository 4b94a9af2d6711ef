package org.shopchat.bot.cluster;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An agent signed in to the console of one instance, with the console page's live chat subscription. */
final class AgentSession implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebSocketStompClient stomp;
    private final StompSession session;
    private final BlockingQueue<Map<String, Object>> chatEvents = new LinkedBlockingQueue<>();

    private AgentSession(WebSocketStompClient stomp, StompSession session) {
        this.stomp = stomp;
        this.session = session;
    }

    static AgentSession signIn(int port, String username, String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://127.0.0.1:" + port;
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!login.headers().firstValue("Location").orElse("").endsWith("/console")) {
            throw new IllegalStateException("sign-in of " + username + " failed");
        }
        String sessionCookie = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::toString).findFirst().orElseThrow();

        WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", sessionCookie);
        handshake.setOrigin(base);
        // The console page's CSRF token (it changes at sign-in) goes in the CONNECT frame, as console.js sends it.
        Matcher pageToken = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(http.send(
                HttpRequest.newBuilder(URI.create(base + "/console")).build(), HttpResponse.BodyHandlers.ofString()).body());
        if (!pageToken.find()) {
            throw new IllegalStateException("no CSRF token on the console page");
        }
        StompHeaders connect = new StompHeaders();
        connect.add("X-CSRF-TOKEN", pageToken.group(1));
        StompSession session = stomp.connectAsync("ws://127.0.0.1:" + port + "/ws", handshake, connect,
                new StompSessionHandlerAdapter() { }).get(10, TimeUnit.SECONDS);
        AgentSession agent = new AgentSession(stomp, session);
        session.subscribe("/user/queue/console.chat", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return Map.class;
            }

            @Override
            @SuppressWarnings("unchecked")
            public void handleFrame(StompHeaders headers, Object payload) {
                agent.chatEvents.add((Map<String, Object>) payload);
            }
        });
        return agent;
    }

    /** Waits for the chat line with this text to reach the agent, skipping other events; fails after 10 seconds. */
    Map<String, Object> nextLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Map<String, Object> event = chatEvents.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && "message".equals(event.get("type"))
                    && event.get("line") instanceof Map<?, ?> line && text.equals(line.get("text"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> found = (Map<String, Object>) line;
                return found;
            }
        }
        throw new AssertionError("the line '" + text + "' did not reach the agent within 10 seconds");
    }

    /** The texts of the chat lines that reach the agent up to and including {@code text}; fails after 10 seconds. */
    java.util.List<String> linesUntil(String text) throws InterruptedException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Map<String, Object> event = chatEvents.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && "message".equals(event.get("type")) && event.get("line") instanceof Map<?, ?> line) {
                lines.add((String) line.get("text"));
                if (text.equals(line.get("text"))) {
                    return lines;
                }
            }
        }
        throw new AssertionError("the line '" + text + "' did not reach the agent within 10 seconds; got " + lines);
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
        stomp.stop();
    }
}
