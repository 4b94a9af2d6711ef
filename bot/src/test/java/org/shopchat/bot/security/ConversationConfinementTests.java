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
        try (CustomerStompClient victim = CustomerStompClient.connect(port, null);
             RawStompSocket attacker = RawStompSocket.open(http, port).connectAs(null)) {
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
            for (int i = 0; i < forbidden.size(); i++) {
                attacker.send("SUBSCRIBE\nid:s" + i + "\ndestination:" + forbidden.get(i) + "\n\n\0");
            }
            victim.send("secret-1", "my card is 4111 1111 1111 1111 and my name is Ada");
            victim.nextMessageFrom("CUSTOMER");
            victim.nextMessageFrom("BOT");

            // The attacker's own exchange comes after the victim's: anything leaked would have arrived before it.
            attacker.sendJson("/app/chat.resume", "{\"afterSeq\":0}");
            String frame;
            do {
                frame = attacker.nextFrame();
                assertThat(frame).doesNotContain("Ada").doesNotContain("secret-1");
            } while (!frame.contains("\"type\":\"session\""));
            assertThat(frame).doesNotContain(victimToken);
        }
    }

    @Test
    void aCustomerCannotWriteToAnotherConversationOrActAsStaff() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (CustomerStompClient victim = CustomerStompClient.connect(port, null);
             RawStompSocket attacker = RawStompSocket.open(http, port).connectAs(null)) {
            String victimToken = (String) victim.resume(0).get("token");
            UUID victimId = conversationOf(victimToken);
            long before = messagesIn(victimId);

            attacker.sendJson("/user/" + victimId + "/queue/events", "{\"type\":\"message\",\"text\":\"forged\"}");
            attacker.sendJson("/queue/events-user" + victimId, "{\"type\":\"message\",\"text\":\"forged\"}");
            attacker.sendJson("/app/console.reply", "{\"conversationId\":\"" + victimId + "\",\"text\":\"forged\"}");
            attacker.sendJson("/app/chat.send", "{\"clientMessageId\":\"x-1\",\"text\":\"forged\",\"conversationId\":\""
                    + victimId + "\"}");
            attacker.sendJson("/app/chat.feedback", "{\"seq\":1,\"helpful\":false,\"conversationId\":\"" + victimId + "\"}");

            // The victim's next exchange shows nothing forged, and the forged chat.send landed in the attacker's own
            // conversation, not the victim's.
            victim.send("v-1", "hello");
            assertThat(victim.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "v-1");
            victim.nextMessageFrom("BOT");
            assertThat(victim.drain()).noneMatch(e -> "forged".equals(e.get("text")));
            assertThat(messagesIn(victimId)).isEqualTo(before + 2);
            assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ? and text = 'forged'",
                    Long.class, victimId)).isZero();
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
