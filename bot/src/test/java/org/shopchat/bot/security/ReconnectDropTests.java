package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, exactly-once over a bad connection: one conversation, 1,000 abrupt drops (the socket is aborted, no
 * DISCONNECT) at random points: right after sending, after the acknowledgement, after the bot's reply. The client
 * does what docs/protocol.md asks of the widget: resume from the last seq it has, resend what was not acknowledged
 * with the same client message id. In the end every customer message is stored once, in the order typed, there is one
 * bot reply per customer message, and what the client saw equals what the server stored, every seq once. Seeded, so a
 * failure replays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReconnectDropTests {

    private static final long SEED = 424242L;
    private static final int DROPS = 1_000;
    private static final String[] TEXTS = {"hello", "thanks", "hi there", "thank you"};

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    /** What the client has seen, by seq: the text with the sender, so a seq seen twice must be the same message. */
    private final Map<Long, String> seen = new TreeMap<>();
    /** Sent and not yet acknowledged, in the order typed: client message id → text. */
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final List<String> typed = new ArrayList<>();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aThousandDropsLoseNothingDuplicateNothingAndKeepTheOrder() throws Exception {
        Random random = new Random(SEED);
        String token = null;
        for (int drop = 0; drop < DROPS; drop++) {
            try (RawStompSocket socket = RawStompSocket.open(http, port).connectAs(token)) {
                long lastSeq = seen.isEmpty() ? 0 : ((TreeMap<Long, String>) seen).lastKey();
                socket.sendJson("/app/chat.resume", "{\"afterSeq\":" + lastSeq + "}");
                JsonNode session = nextEvent(socket, "session");
                token = session.get("token").asString();
                session.get("messages").forEach(this::see);
                pending.forEach((id, text) -> resend(socket, id, text));
                String newest = null;
                if (random.nextInt(2) == 0) {
                    newest = "drop-" + drop;
                    String text = TEXTS[random.nextInt(TEXTS.length)];
                    pending.put(newest, text);
                    typed.add(newest);
                    resend(socket, newest, text);
                }
                int point = random.nextInt(3);
                if (newest != null && point >= 1) {
                    awaitAck(socket, newest);
                }
                if (newest != null && point == 2) {
                    while (!see(nextEvent(socket, "message")).equals("BOT")) {
                        // Acknowledgements of resends and history may come first.
                    }
                }
            } // aborted: the server sees the connection vanish, the client keeps only what it has seen
        }

        String finalToken = token;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> history = history(finalToken);
            assertThat(customerIds(history)).containsAll(pending.keySet());
            assertThat(history.stream().filter(m -> m.get("sender").asString().equals("BOT")).count())
                    .as("every customer message answered").isGreaterThanOrEqualTo(customerIds(history).size() + 1);
        });
        List<JsonNode> history = history(finalToken);
        assertThat(history).extracting(m -> m.get("seq").asLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, history.size()).boxed().toList());
        assertThat(customerIds(history)).as("each typed message stored once, in the order typed").containsExactlyElementsOf(typed);
        // Every question gets exactly one reply (the greeting is the one bot message that answers nothing). A reply
        // may come after the customer's next message: the customer may type before the bot has answered.
        long customers = customerIds(history).size();
        long bots = history.stream().filter(m -> m.get("sender").asString().equals("BOT")).count();
        assertThat(bots).as("bot messages: one greeting plus one reply per customer message").isEqualTo(customers + 1);
        // What the client saw over 1,000 connections, each seq once, is exactly what the server stored.
        history.forEach(this::see);
        assertThat(seen).hasSameSizeAs(history);
        assertThat(typed).hasSizeGreaterThan(DROPS / 3);
    }

    private void resend(RawStompSocket socket, String id, String text) {
        try {
            socket.sendJson("/app/chat.send", "{\"clientMessageId\":\"" + id + "\",\"text\":\"" + text + "\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitAck(RawStompSocket socket, String clientMessageId) throws Exception {
        while (pending.containsKey(clientMessageId)) {
            see(nextEvent(socket, "message"));
        }
    }

    /** Records a stored message; a seq seen before must be the same message. Returns its sender. */
    private String see(JsonNode message) {
        long seq = message.get("seq").asLong();
        String sender = message.get("sender").asString();
        String identity = sender + ":" + message.get("text").asString();
        String before = seen.putIfAbsent(seq, identity);
        assertThat(before).as("seq %d seen twice with different content", seq).isIn(null, identity);
        if (message.hasNonNull("clientMessageId")) {
            pending.remove(message.get("clientMessageId").asString());
        }
        return sender;
    }

    private JsonNode nextEvent(RawStompSocket socket, String type) throws Exception {
        while (true) {
            String frame = socket.nextFrame();
            if (!frame.startsWith("MESSAGE")) {
                throw new AssertionError("unexpected frame " + frame);
            }
            JsonNode event = json.readTree(RawStompSocket.body(frame));
            if (type.equals(event.get("type").asString())) {
                return event;
            }
            if (event.get("type").asString().equals("message")) {
                see(event);
            } else if (event.get("type").asString().equals("error")) {
                throw new AssertionError("error event " + event);
            }
        }
    }

    private List<JsonNode> history(String token) throws Exception {
        try (RawStompSocket socket = RawStompSocket.open(http, port).connectAs(token)) {
            socket.sendJson("/app/chat.resume", "{\"afterSeq\":0}");
            JsonNode session;
            do {
                session = json.readTree(RawStompSocket.body(socket.nextFrame()));
            } while (!session.get("type").asString().equals("session"));
            List<JsonNode> messages = new ArrayList<>();
            session.get("messages").forEach(messages::add);
            return messages;
        }
    }

    private static List<String> customerIds(List<JsonNode> history) {
        return history.stream().filter(m -> m.get("sender").asString().equals("CUSTOMER"))
                .map(m -> m.get("clientMessageId").asString()).toList();
    }
}
