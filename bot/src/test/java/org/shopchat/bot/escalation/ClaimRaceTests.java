package org.shopchat.bot.escalation;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.Presence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Claiming is atomic: of many agents pressing "claim" on the same customer at once, exactly one gets them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ClaimRaceTests {

    static final int AGENTS = 20;

    @LocalServerPort
    int port;
    @Autowired
    Escalation escalation;
    @Autowired
    HandoffQueue queue;
    @Autowired
    AgentPresence presence;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyAgentsClaimingTheSameCustomerAtOnceLeaveExactlyOneWinner() throws Exception {
        EscalationTestSupport.emptyQueue(jdbc);
        presence.set(new Agent("agent1", "Priya"), Presence.ONLINE);
        UUID conversation;
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            conversation = jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                    new ConversationToken(token).hash());
        }
        HandoffOutcome.Queued queued = (HandoffOutcome.Queued) escalation.requestHandoff(conversation,
                List.of(EscalationReason.CUSTOMER_ASKED), false);

        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        CountDownLatch ready = new CountDownLatch(AGENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ClaimResult>> claims = new ArrayList<>();
        try {
            for (int i = 1; i <= AGENTS; i++) {
                Agent agent = new Agent("racer" + i, "Racer " + i);
                claims.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return queue.claim(queued.handoffId(), agent);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<ClaimResult> results = new ArrayList<>();
            for (Future<ClaimResult> claim : claims) {
                results.add(claim.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(r -> r instanceof ClaimResult.Claimed).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof ClaimResult.AlreadyTaken).hasSize(AGENTS - 1);
        } finally {
            pool.shutdownNow();
        }
        String winner = jdbc.queryForObject("select claimed_by from handoff where id = ?", String.class, queued.handoffId());
        assertThat(winner).startsWith("racer");
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ? and act = 'AGENT_JOINED'",
                Integer.class, conversation)).as("the customer is told once who joined").isEqualTo(1);
    }
}
