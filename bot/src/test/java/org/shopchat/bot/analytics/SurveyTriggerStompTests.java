package org.shopchat.bot.analytics;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.Presence;
import org.shopchat.console.handoff.Resolution;
import org.shopchat.console.handoff.WaitingHandoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the widget is shown a survey without asking: after the bot answered the customer's goodbye in a conversation
 * no person took part in, and after an agent resolved the hand-over (with the agent's name).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class SurveyTriggerStompTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");

    @LocalServerPort
    int port;
    @Autowired
    HandoffQueue queue;
    @Autowired
    AgentPresence presence;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nobodyWaitingAndPriyaOnline() {
        jdbc.update("update handoff set status = 'CANCELLED' where status in ('WAITING', 'CLAIMED')");
        presence.online().forEach(agent -> presence.signedOut(agent.username()));
        presence.set(PRIYA, Presence.ONLINE);
    }

    @Test
    void theCustomersGoodbyeToTheBotBringsTheBotSurvey() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("g-1", "how long does standard delivery take?");
            customer.nextMessageFrom("BOT");
            customer.send("g-2", "goodbye");
            Map<String, Object> goodbye = customer.nextMessageFrom("BOT");
            Map<String, Object> survey = customer.next("survey");
            assertThat(survey).containsEntry("phase", "BOT").doesNotContainKey("agentName");
            UUID surveyId = UUID.fromString((String) survey.get("surveyId"));
            assertThat(jdbc.queryForObject("select intent from survey where id = ?", String.class, surveyId))
                    .as("the conversation's intent, not the goodbye").isNotEqualTo("goodbye").isNotNull();
            assertThat(goodbye.get("seq")).isNotNull();
        }
    }

    @Test
    void anAgentsResolutionBringsTheAgentSurveyWithTheirName() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("a-1", "I want to talk to a human");
            customer.nextMessageFrom("BOT");
            WaitingHandoff waiting = queue.waiting().getFirst();
            assertThat(queue.claim(waiting.id(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            queue.resolve(waiting.id(), PRIYA, Resolution.SOLVED, null);

            Map<String, Object> survey = customer.next("survey");
            assertThat(survey).containsEntry("phase", "AGENT").containsEntry("agentName", "Priya");
            String surveyId = (String) survey.get("surveyId");
            customer.sendRaw("/app/chat.survey", "application/json",
                    ("{\"surveyId\":\"" + surveyId + "\",\"rating\":5}").getBytes(StandardCharsets.UTF_8));
            assertThat(customer.next("survey_closed")).containsEntry("status", "ANSWERED");
            assertThat(jdbc.queryForMap("select agent_username, handoff_id, rating from survey where id = ?",
                    UUID.fromString(surveyId))).containsEntry("AGENT_USERNAME", "agent1")
                    .containsEntry("HANDOFF_ID", waiting.id()).containsEntry("RATING", 5);

            // A person took part: ending the chat brings no bot survey.
            customer.sendRaw("/app/chat.end", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(customer.next("ended")).doesNotContainKey("survey");
        }
    }
}
