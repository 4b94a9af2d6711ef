package org.shopchat.bot.escalation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.Presence;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue escalates by itself: the customer asks for a person and gets one; the bot is silent meanwhile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class EscalationDialogueStompTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");

    @LocalServerPort
    int port;
    @Autowired
    HandoffQueue queue;
    @Autowired
    LiveChat chat;
    @Autowired
    AgentPresence presence;
    @Autowired
    KnowledgeContent content;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nobodyWaitingAndPriyaOnline() {
        EscalationTestSupport.emptyQueue(jdbc);
        presence.set(PRIYA, Presence.ONLINE);
    }

    @Test
    void customerWhoAsksForAHumanIsAcknowledgedQueuedAndTheBotFallsSilentOnceAnAgentJoins() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            UUID id = jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                    new ConversationToken(token).hash());
            customer.send("h-1", "I want to talk to a human");
            customer.nextMessageFrom("CUSTOMER");
            String reply = (String) customer.nextMessageFrom("BOT").get("text");
            List<String> acks = IntStream.range(0, 6)
                    .mapToObj(seed -> content.texts().render(TemplateKey.HANDOVER_ACK, Map.of(), seed).text()).toList();
            assertThat(acks).anyMatch(reply::contains);

            UUID handoff = queue.waiting().getFirst().id();
            assertThat(queue.waiting().getFirst().reasons()).contains("CUSTOMER_ASKED");
            assertThat(queue.claim(handoff, PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            customer.nextMessageFrom("BOT");

            customer.send("h-2", "hello? are you there?");
            customer.nextMessageFrom("CUSTOMER");
            chat.send(handoff, PRIYA, "Yes, I'm here.");
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("text", "Yes, I'm here.");
            assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ? and sender = 'BOT' "
                    + "and seq > (select seq from message where conversation_id = ? and client_message_id = 'h-2')",
                    Integer.class, id, id)).as("the bot stays silent while Priya has the chat").isZero();
        }
    }
}
