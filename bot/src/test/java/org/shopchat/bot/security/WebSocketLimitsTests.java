package org.shopchat.bot.security;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web server's WebSocket limits agree with the chat's own (docs/protocol.md): a frame up to
 * {@code shopchat.chat.max-frame-bytes} reaches the chat, which answers it; a larger one gets an ERROR frame and the
 * connection is closed; a connection that stays silent, without heart-beats, past {@code shopchat.chat.idle-timeout}
 * is closed, while one that sends heart-beats stays open.
 */
class WebSocketLimitsTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class FrameSize {

        @LocalServerPort
        int port;

        @Test
        void aFrameBelowTheLimitReachesTheChatWhichSaysTheMessageIsTooLong() throws Exception {
            try (RawStompSocket customer = RawStompSocket.open(HTTP, port).connectAs(null)) {
                customer.sendJson("/app/chat.send", "{\"clientMessageId\":\"big-1\",\"text\":\"" + "x".repeat(40_000) + "\"}");
                assertThat(customer.nextFrameContaining("\"too_long\"")).startsWith("MESSAGE");

                customer.sendJson("/app/chat.send", "{\"clientMessageId\":\"small-1\",\"text\":\"hello\"}");
                assertThat(customer.nextFrameContaining("\"type\":\"message\"")).contains("\"clientMessageId\":\"small-1\"");
                String reply = customer.nextFrameContaining("\"type\":\"message\"");
                assertThat(reply).contains("\"sender\":\"BOT\"");
                assertThat(customer.isOpen()).isTrue();
            }
        }

        @Test
        void aFrameOverTheLimitGetsAnErrorFrameAndTheConnectionIsClosed() throws Exception {
            try (RawStompSocket customer = RawStompSocket.open(HTTP, port).connectAs(null)) {
                customer.sendJson("/app/chat.send", "{\"clientMessageId\":\"huge-1\",\"text\":\"" + "x".repeat(70_000) + "\"}");
                assertThat(customer.nextFrameContaining("ERROR")).startsWith("ERROR");
                assertThat(customer.awaitClosed()).isNotEqualTo(-2);
            }
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "shopchat.chat.idle-timeout=1s")
    class IdleTimeout {

        @LocalServerPort
        int port;

        @Test
        void aSilentConnectionIsClosedAndOneThatSendsHeartBeatsIsNot() throws Exception {
            ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
            try (RawStompSocket silent = RawStompSocket.open(HTTP, port).connectAs(null);
                 RawStompSocket beating = RawStompSocket.open(HTTP, port).connectAs(null)) {
                // A STOMP heart-beat is a bare end of line; four a second against a timeout of one second.
                heart.scheduleAtFixedRate(() -> {
                    try {
                        beating.send("\n");
                    } catch (Exception closed) {
                        throw new IllegalStateException(closed);
                    }
                }, 0, 250, TimeUnit.MILLISECONDS);

                await().atMost(Duration.ofSeconds(10)).until(() -> !silent.isOpen());
                // For three idle timeouts more, the beating one stays open.
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(beating::isOpen);
            } finally {
                heart.shutdownNow();
            }
        }
    }
}
