package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, exactly-once: what an agent posted while the customer was disconnected is delivered when
 * the customer reconnects and resumes after the last message they saw: in order, each once, and nothing they had
 * (bot replies missed while disconnected: ReconnectDropTests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MissedMessagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ConversationService conversations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void agentMessagesPostedWhileDisconnectedArriveOnReconnectInOrderAndOnce() throws Exception {
        String token;
        long lastSeen;
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            token = (String) customer.resume(0).get("token");
            customer.send("missed-1", "what payment methods do you take?");
            customer.nextMessageFrom("CUSTOMER");
            lastSeen = ((Number) customer.nextMessageFrom("BOT").get("seq")).longValue();
        }
        UUID id = conversationOf(token);
        conversations.postFromAgent(id, "Priya", "Sorry for the wait, I'm looking at your order now.");
        conversations.postFromAgent(id, "Priya", "It left our warehouse this morning.");

        try (CustomerStompClient customer = CustomerStompClient.connect(port, token)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> missed = (List<Map<String, Object>>) customer.resume(lastSeen).get("messages");
            assertThat(missed).extracting(m -> m.get("text")).containsExactly(
                    "Sorry for the wait, I'm looking at your order now.", "It left our warehouse this morning.");
            assertThat(missed).extracting(m -> m.get("sender")).containsOnly("AGENT");
            assertThat(missed).extracting(m -> ((Number) m.get("seq")).longValue()).isSorted().doesNotHaveDuplicates()
                    .allMatch(seq -> seq > lastSeen);

            conversations.postFromAgent(id, "Priya", "Anything else?");
            Map<String, Object> live = customer.nextMessageFrom("AGENT");
            assertThat(live).containsEntry("text", "Anything else?");
            assertThat(customer.drain()).noneMatch(e -> "Anything else?".equals(e.get("text"))
                    || "It left our warehouse this morning.".equals(e.get("text")));
        }
    }

    private UUID conversationOf(String token) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                java.util.HexFormat.of().formatHex(hash));
    }
}
