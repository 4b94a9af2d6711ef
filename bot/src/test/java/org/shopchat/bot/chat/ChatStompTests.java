package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer chat end to end over STOMP/WebSocket, as docs/protocol.md describes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatStompTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void newCustomerIsGreetedAndGetsAnAnswerToEachMessage() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            Map<String, Object> session = customer.resume(0);
            assertThat((String) session.get("token")).hasSize(43);
            assertThat(session.get("started")).isEqualTo(true);
            assertThat(((Map<?, ?>) session.get("bot")).get("name")).isEqualTo("Nora");
            List<?> greeting = (List<?>) session.get("messages");
            assertThat(greeting).hasSize(1);
            assertThat(((Map<?, ?>) greeting.get(0)).get("sender")).isEqualTo("BOT");

            customer.send("m-1", "hello");
            Map<String, Object> echo = customer.nextMessageFrom("CUSTOMER");
            assertThat(echo).containsEntry("clientMessageId", "m-1").containsEntry("text", "hello");
            Map<String, Object> reply = customer.nextMessageFrom("BOT");
            assertThat((String) reply.get("text")).isNotBlank();
            assertThat(((Number) reply.get("seq")).longValue()).isGreaterThan(((Number) echo.get("seq")).longValue());
        }
    }

    @Test
    void reconnectingWithTheTokenGivesTheWholeHistoryInOrder() throws Exception {
        String token;
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            token = (String) customer.resume(0).get("token");
            customer.send("a-1", "hello");
            customer.nextMessageFrom("BOT");
            customer.send("a-2", "my parcel never came");
            customer.nextMessageFrom("CUSTOMER");
            customer.nextMessageFrom("BOT");
        }
        try (CustomerStompClient again = CustomerStompClient.connect(port, token)) {
            Map<String, Object> session = again.resume(0);
            assertThat(session).containsEntry("token", token).containsEntry("started", false);
            List<Map<String, Object>> history = messages(session);
            assertThat(history).extracting(m -> m.get("sender"))
                    .containsExactly("BOT", "CUSTOMER", "BOT", "CUSTOMER", "BOT");
            assertThat(history).extracting(m -> ((Number) m.get("seq")).longValue()).isSorted().doesNotHaveDuplicates();
            assertThat(history.get(3)).containsEntry("text", "my parcel never came");

            Map<String, Object> missedOnly = again.resume(3);
            assertThat(messages(missedOnly)).extracting(m -> ((Number) m.get("seq")).longValue()).containsExactly(4L, 5L);
        }
    }

    @Test
    void aResentMessageIsStoredAndAnsweredOnce() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            customer.send("dup-1", "hello there");
            Map<String, Object> first = customer.nextMessageFrom("CUSTOMER");
            customer.nextMessageFrom("BOT");

            customer.send("dup-1", "hello there");
            Map<String, Object> ack = customer.nextMessageFrom("CUSTOMER");
            assertThat(ack.get("seq")).isEqualTo(first.get("seq"));

            try (CustomerStompClient again = CustomerStompClient.connect(port, token)) {
                List<Map<String, Object>> history = messages(again.resume(0));
                assertThat(history).filteredOn(m -> "dup-1".equals(m.get("clientMessageId"))).hasSize(1);
                assertThat(history).filteredOn(m -> "BOT".equals(m.get("sender"))).hasSize(2);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from message where client_message_id = 'dup-1'", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void messagesKeepTheOrderTheyWereSentIn() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            for (int i = 1; i <= 20; i++) {
                customer.send("order-" + i, "message number " + i);
            }
            for (int i = 1; i <= 20; i++) {
                assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "order-" + i);
            }
        }
    }

    @Test
    void badInputGetsAClearErrorAndTheConversationGoesOn() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);

            customer.send("e-1", "   ");
            assertThat(customer.next("error")).containsEntry("code", "empty").containsEntry("clientMessageId", "e-1")
                    .containsKey("text");

            customer.send("e-2", "x".repeat(2001));
            Map<String, Object> tooLong = customer.next("error");
            assertThat(tooLong).containsEntry("code", "too_long");
            assertThat((String) tooLong.get("text")).contains("2000");

            customer.sendRaw("/app/chat.send", "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
            assertThat(customer.next("error")).containsEntry("code", "malformed");

            customer.sendRaw("/app/chat.send", "application/octet-stream", new byte[] {0, 1, 2, 3});
            assertThat(customer.next("error")).containsEntry("code", "malformed");

            customer.send("e-3", "hello");
            assertThat(customer.nextMessageFrom("BOT").get("text")).isNotNull();
            assertThat(customer.isConnected()).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from message where client_message_id in ('e-1','e-2')",
                Long.class)).isZero();
    }

    @Test
    void anUnknownOrForgedTokenStartsAFreshConversationInsteadOfOpeningAnother() throws Exception {
        String victimToken;
        try (CustomerStompClient victim = CustomerStompClient.connect(port, null)) {
            victimToken = (String) victim.resume(0).get("token");
            victim.send("v-1", "my address is 1 Secret Lane");
            victim.nextMessageFrom("BOT");
        }
        String forged = victimToken.substring(0, 42) + (victimToken.endsWith("A") ? "B" : "A");
        try (CustomerStompClient intruder = CustomerStompClient.connect(port, forged)) {
            Map<String, Object> session = intruder.resume(0);
            assertThat(session.get("token")).isNotEqualTo(victimToken).isNotEqualTo(forged);
            assertThat(session).containsEntry("started", true);
            assertThat(messages(session)).extracting(m -> m.get("text")).doesNotContain("my address is 1 Secret Lane");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> session) {
        return (List<Map<String, Object>>) session.get("messages");
    }
}
