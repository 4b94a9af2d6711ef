package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, limits: frames per connection, frames per client address, open connections per address. Buckets are
 * tiny and refill once an hour here, so what a test sends decides what is refused, not how fast the machine is.
 * Client addresses come from {@code X-Forwarded-For}, which the app trusts from loopback in this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "shopchat.chat.limits.messages-per-connection.capacity=3",
        "shopchat.chat.limits.messages-per-connection.period=1h",
        "shopchat.chat.limits.messages-per-address.capacity=5",
        "shopchat.chat.limits.messages-per-address.period=1h",
        "shopchat.chat.limits.connections-per-address=2"})
class ChatRateLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BotVoice voice;

    @Test
    void aConnectionSendingTooFastGetsARateLimitedErrorStaysOpenAndOthersAreNotSlowed() throws Exception {
        try (CustomerStompClient flooding = CustomerStompClient.connectFrom("10.1.0.1", port);
             CustomerStompClient other = CustomerStompClient.connectFrom("10.1.0.2", port)) {
            flooding.resume(0);
            flooding.send("fast-1", "hello");
            flooding.send("fast-2", "where is my parcel");
            flooding.send("fast-3", "hello again");

            Map<String, Object> error = flooding.next("error");
            assertThat(error).containsEntry("code", "rate_limited").containsEntry("clientMessageId", "fast-3");
            assertThat((String) error.get("text")).isNotBlank().doesNotContain("{");
            assertThat(flooding.isConnected()).isTrue();

            other.resume(0);
            other.send("calm-1", "hello");
            assertThat(other.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "calm-1");
            assertThat((String) other.nextMessageFrom("BOT").get("text")).isNotBlank();
        }
        assertThat(stored("fast-1")).isEqualTo(1);
        assertThat(stored("fast-3")).isZero();
    }

    @Test
    void allConnectionsOfOneAddressShareOneBudget() throws Exception {
        try (CustomerStompClient first = CustomerStompClient.connectFrom("10.2.0.1", port);
             CustomerStompClient second = CustomerStompClient.connectFrom("10.2.0.1", port)) {
            first.resume(0);
            first.send("shared-1", "hello");
            first.send("shared-2", "thanks");
            first.nextMessageFrom("CUSTOMER");
            first.nextMessageFrom("CUSTOMER");
            second.resume(0);
            second.send("shared-3", "hello");
            second.nextMessageFrom("CUSTOMER");

            // The second connection has used 2 of its own 3 frames, but the address has used all 5 of its.
            second.send("shared-4", "one more");
            assertThat(second.next("error")).containsEntry("code", "rate_limited").containsEntry("clientMessageId", "shared-4");
        }
        assertThat(stored("shared-4")).isZero();
    }

    @Test
    void moreConnectionsFromOneAddressThanAllowedAreRefusedWithAnErrorFrame() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        CustomerStompClient first = CustomerStompClient.connectFrom("10.3.0.1", port);
        try (CustomerStompClient second = CustomerStompClient.connectFrom("10.3.0.1", port);
             RawStompSocket third = RawStompSocket.openFrom(http, port, "10.3.0.1")) {
            assertThat(third.nextFrame()).startsWith("ERROR").contains("too many connections");
            third.awaitClosed();
            assertThat(second.isConnected()).isTrue();

            first.close();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (RawStompSocket fourth = RawStompSocket.openFrom(http, port, "10.3.0.1").connect()) {
                    assertThat(fourth.nextFrame()).startsWith("CONNECTED");
                }
            });
        }
    }

    @Test
    void typingFramesCountTooAndTheRefusalSpeaksWithThePersonasTemplate() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connectFrom("10.4.0.1", port)) {
            for (int i = 1; i <= 4; i++) {
                customer.sendRaw("/app/chat.typing", "application/json", "{\"active\":true}".getBytes());
            }
            Map<String, Object> error = customer.next("error");
            assertThat(error).containsEntry("code", "rate_limited").doesNotContainKey("clientMessageId")
                    .containsEntry("text", voice.say(TemplateKey.ERROR_RATE_LIMITED, 0).text());
        }
    }

    private long stored(String clientMessageId) {
        return jdbc.queryForObject("select count(*) from message where client_message_id = ?", Long.class, clientMessageId);
    }
}
