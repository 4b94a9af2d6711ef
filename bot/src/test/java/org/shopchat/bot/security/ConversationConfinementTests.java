package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: no customer reads or writes another conversation by changing an id in a frame, and what a customer types
 * is stored with card numbers masked. The attacker knows the victim's conversation id (it never leaves the server,
 * but the test assumes the worst) and tries every destination that could carry it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationConfinementTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCustomerCannotListenToAnotherConversationByNamingItInASubscription() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (CustomerStompClient victim = CustomerStompClient.connect(port, null)) {
            String victimToken = (String) victim.resume(0).get("token");
            UUID victimId = conversationOf(victimToken);
            List<String> forbidden = List.of(
                    "/user/" + victimId + "/queue/events",
                    "/queue/events-user" + victimId,
                    "/queue/events",
                    "/topic/console.queue",
                    "/user/queue/console",
                    "/queue/**",
                    "/topic/**");
            // Each forbidden subscription gets an ERROR frame and the connection is closed: nothing can follow it.
            for (int i = 0; i < forbidden.size(); i++) {
                try (RawStompSocket attacker = RawStompSocket.open(http, port).connectAs(null)) {
                    attacker.send("SUBSCRIBE\nid:s" + i + "\ndestination:" + forbidden.get(i) + "\n\n\0");
                    assertThat(attacker.nextFrame()).as(forbidden.get(i)).startsWith("ERROR")
                            .contains("destination not allowed").doesNotContain(victimToken);
                    assertThat(attacker.awaitClosed()).as(forbidden.get(i)).isNotEqualTo(-2);
                }
            }
            victim.send("secret-1", "my card is 4111 1111 1111 1111 and my name is Ada");
            victim.nextMessageFrom("CUSTOMER");
            victim.nextMessageFrom("BOT");
        }
    }

    @Test
    void aCustomerCannotWriteToAnotherConversationOrActAsStaff() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (CustomerStompClient victim = CustomerStompClient.connect(port, null)) {
            String victimToken = (String) victim.resume(0).get("token");
            UUID victimId = conversationOf(victimToken);
            long before = messagesIn(victimId);

            for (String destination : List.of("/user/" + victimId + "/queue/events", "/queue/events-user" + victimId,
                    "/app/console.reply")) {
                try (RawStompSocket attacker = RawStompSocket.open(http, port).connectAs(null)) {
                    attacker.sendJson(destination, "{\"type\":\"message\",\"text\":\"forged\",\"conversationId\":\""
                            + victimId + "\"}");
                    assertThat(attacker.nextFrame()).as(destination).startsWith("ERROR").contains("destination not allowed");
                }
            }
            try (RawStompSocket attacker = RawStompSocket.open(http, port).connectAs(null)) {
                attacker.sendJson("/app/chat.send", "{\"clientMessageId\":\"x-1\",\"text\":\"forged\",\"conversationId\":\""
                        + victimId + "\"}");
                attacker.sendJson("/app/chat.feedback", "{\"seq\":1,\"helpful\":false,\"conversationId\":\"" + victimId + "\"}");
                attacker.nextFrameContaining("\"clientMessageId\":\"x-1\"");
            }

            // The victim's next exchange shows nothing forged, and the forged chat.send landed in the attacker's own
            // conversation, not the victim's.
            victim.send("v-1", "hello");
            assertThat(victim.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "v-1");
            victim.nextMessageFrom("BOT");
            assertThat(victim.drain()).noneMatch(e -> "forged".equals(e.get("text")));
            assertThat(messagesIn(victimId)).isEqualTo(before + 2);
            assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ? and text = 'forged'",
                    Long.class, victimId)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from message where client_message_id = 'x-1' and text = 'forged'",
                    Long.class)).as("the forged chat.send is the attacker's own message").isOne();
        }
    }

    @Test
    void aCardNumberIsMaskedInStorageAndInWhatTheCustomerGetsBack() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("card-1", "can I pay with 5500 0000 0000 0004 please");
            Map<String, Object> ack = customer.nextMessageFrom("CUSTOMER");
            assertThat(ack).containsEntry("text", "can I pay with •••• •••• •••• 0004 please");
        }
        assertThat(jdbc.queryForObject("select text from message where client_message_id = 'card-1'", String.class))
                .isEqualTo("can I pay with •••• •••• •••• 0004 please");
        assertThat(jdbc.queryForObject("select count(*) from message where text like '%5500 0000%'", Long.class)).isZero();
    }

    private UUID conversationOf(String token) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                java.util.HexFormat.of().formatHex(hash));
    }

    private long messagesIn(UUID conversationId) {
        return jdbc.queryForObject("select count(*) from message where conversation_id = ?", Long.class, conversationId);
    }
}
