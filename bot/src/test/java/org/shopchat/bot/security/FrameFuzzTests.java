package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, fuzzing: 10,000 random and malformed payloads in STOMP SEND frames over loopback, on five connections.
 * Each gets exactly one {@code error} event and the connection stays open; a well-behaved customer chats meanwhile and
 * gets every answer, in order; the server accepts connections afterwards. Seeded, so a failure can be replayed.
 * Forbidden commands and destinations, which end the connection with an ERROR frame, are StompErrorFrameTests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameFuzzTests {

    private static final long SEED = 20261123L;
    private static final int PAYLOAD_CONNECTIONS = 5;
    private static final int PAYLOADS_PER_CONNECTION = 2_000;
    private static final String SUBSCRIBE = "SUBSCRIBE\nid:0\ndestination:/user/queue/events\n\n\0";

    @LocalServerPort
    int port;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenThousandMalformedPayloadsEachGetAnErrorWhileAWellBehavedCustomerChatsOn() throws Exception {
        Random random = new Random(SEED);
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<List<String>> wellBehaved = CompletableFuture.supplyAsync(this::chatPolitely);

        int payloadErrors = 0;
        for (int c = 0; c < PAYLOAD_CONNECTIONS; c++) {
            try (RawStompSocket socket = RawStompSocket.open(http, port).connect()) {
                assertThat(socket.nextFrame()).startsWith("CONNECTED");
                socket.send(SUBSCRIBE);
                for (int i = 0; i < PAYLOADS_PER_CONNECTION; i++) {
                    BadPayload bad = BadPayload.random(random);
                    socket.send("SEND\ndestination:" + bad.destination() + "\ncontent-type:application/json\n\n"
                            + bad.body() + "\0");
                }
                for (int i = 0; i < PAYLOADS_PER_CONNECTION; i++) {
                    assertThat(socket.nextFrame()).as("answer to bad payload %d of connection %d", i, c)
                            .startsWith("MESSAGE").contains("\"type\":\"error\"");
                    payloadErrors++;
                }
                assertThat(socket.isOpen()).isTrue();
            }
        }

        assertThat(payloadErrors).isEqualTo(10_000);
        List<String> answers = wellBehaved.get(2, TimeUnit.MINUTES);
        assertThat(answers).hasSize(5).allSatisfy(text -> assertThat(text).isNotBlank());
        try (RawStompSocket after = RawStompSocket.open(http, port).connect()) {
            assertThat(after.nextFrame()).as("the server is still up").startsWith("CONNECTED");
        }
    }

    /** Five questions, each answered before the next: the texts of the bot's answers, in order. */
    private List<String> chatPolitely() {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            List<String> answers = new ArrayList<>();
            String[] questions = {"hello", "where is my parcel", "how long does delivery take", "can I return shoes",
                    "thanks"};
            for (int i = 0; i < questions.length; i++) {
                customer.send("polite-" + i, questions[i]);
                Map<String, Object> ack = customer.nextMessageFrom("CUSTOMER");
                assertThat(ack).containsEntry("clientMessageId", "polite-" + i);
                answers.add((String) customer.nextMessageFrom("BOT").get("text"));
            }
            return answers;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A frame body no well-behaved client sends: never a valid client message id together with a valid text. */
    record BadPayload(String destination, String body) {

        private static final List<Function<Random, String>> SEND_BODIES = List.of(
                r -> garbage(r, 1 + r.nextInt(200)),
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"" + garbage(r, 20).replace("\"", "'"),
                r -> "{\"clientMessageId\":" + r.nextInt() + ",\"text\":[1,2,3]}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"\"}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"   \\n\\t  \"}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"" + "x".repeat(2_001 + r.nextInt(500)) + "\"}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"hi\\u0001\\u0007there\"}",
                r -> "{\"clientMessageId\":\"" + "a".repeat(65) + "\",\"text\":\"hello\"}",
                r -> "{\"clientMessageId\":\"bad id!\",\"text\":\"hello\"}",
                r -> "{\"text\":\"hello\"}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"hello\",\"choice\":{\"action\":\"DROP TABLE\",\"value\":\"x\"}}",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"hello\",\"choice\":{\"action\":\"order\"}}",
                r -> "[" + "[".repeat(r.nextInt(3_000)) ,
                r -> "null",
                r -> String.valueOf(r.nextLong()),
                r -> "\"just a string\"",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":{\"nested\":true}}",
                r -> "{\"clientMessageId\":null,\"text\":null}",
                r -> "",
                r -> "{\"clientMessageId\":\"" + id(r) + "\",\"text\":\"\\ud800\\udc00\\ud800\",",
                r -> "{\"clientMessageId\":\"<script>alert(1)</script>\",\"text\":\"<img src=x onerror=alert(1)>\"}");

        private static final List<Function<Random, String>> FEEDBACK_BODIES = List.of(
                r -> "{\"seq\":\"seven\",\"helpful\":true}",
                r -> "{\"seq\":" + (1_000_000 + r.nextInt(1_000_000)) + ",\"helpful\":true}",
                r -> "{\"seq\":1}",
                r -> "{\"seq\":-1,\"helpful\":\"maybe\"}",
                r -> garbage(r, 1 + r.nextInt(50)));

        static BadPayload random(Random r) {
            if (r.nextInt(10) == 0) {
                return new BadPayload("/app/chat.feedback", FEEDBACK_BODIES.get(r.nextInt(FEEDBACK_BODIES.size())).apply(r));
            }
            return new BadPayload("/app/chat.send", SEND_BODIES.get(r.nextInt(SEND_BODIES.size())).apply(r));
        }

        private static String id(Random r) {
            return "fuzz-" + Long.toHexString(r.nextLong());
        }

        /** Printable and non-printable characters, never NUL (which would end the STOMP frame early). */
        private static String garbage(Random r, int length) {
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int c = r.nextInt(4) == 0 ? 1 + r.nextInt(0x7f) : 0x20 + r.nextInt(0x2fff);
                text.appendCodePoint(Character.isSurrogate((char) c) ? '?' : c);
            }
            // Starting with a letter keeps it from being valid JSON by accident.
            return "x" + text;
        }
    }
}
