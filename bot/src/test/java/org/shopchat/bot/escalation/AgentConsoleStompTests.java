package org.shopchat.bot.escalation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.escalation.internal.QueueUpdates;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.InternalNote;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.NotYourHandoffException;
import org.shopchat.console.handoff.Presence;
import org.shopchat.console.handoff.SuggestedArticle;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an agent does in a chat besides writing: sends a suggested article, keeps internal notes, hands the chat to
 * a colleague or back to the queue; and what waiting customers hear from the queue on the timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class AgentConsoleStompTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");
    static final Agent TOM = new Agent("agent2", "Tom");

    @LocalServerPort
    int port;
    @Autowired
    Escalation escalation;
    @Autowired
    HandoffQueue queue;
    @Autowired
    LiveChat chat;
    @Autowired
    AgentPresence presence;
    @Autowired
    ConversationService conversations;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    QueueUpdates queueUpdates;
    @Autowired
    BotVoice voice;
    @Autowired
    ScheduledTaskHolder scheduled;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nobodyWaitingAndPriyaAndTomOnline() {
        EscalationTestSupport.emptyQueue(jdbc);
        presence.online().forEach(agent -> presence.signedOut(agent.username()));
        presence.set(PRIYA, Presence.ONLINE);
        presence.set(TOM, Presence.ONLINE);
    }

    @Test
    void theAgentSendsASuggestedArticleForTheCustomersLastMessageWithOneClick() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf(customer);
            UUID handoff = queuedAndClaimedBy(PRIYA, id, customer);
            customer.send("a-1", "how do I send back a jumper that doesn't fit?");
            long seq = ((Number) customer.nextMessageFrom("CUSTOMER").get("seq")).longValue();
            // The dialogue reads the message (silently, Priya has the chat); its intent ranks the suggestions.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from turn where conversation_id = ? and message_seq = ?", Integer.class, id, seq) == 1);

            List<SuggestedArticle> suggested = chat.suggestedArticles(handoff, PRIYA);
            String turnIntent = jdbc.queryForList("select intent from turn where conversation_id = ? order by message_seq desc",
                    String.class, id).stream().findFirst().orElse(null);
            List<String> expected = knowledge.search("how do I send back a jumper that doesn't fit?",
                    turnIntent == null ? List.of() : List.of(turnIntent), 3).stream().map(h -> h.articleId()).toList();
            assertThat(suggested).extracting(SuggestedArticle::articleId).isNotEmpty().isEqualTo(expected);

            SuggestedArticle best = suggested.getFirst();
            ChatLine sent = chat.sendArticle(handoff, PRIYA, best.articleId());
            assertThat(sent.sender()).isEqualTo("AGENT");
            assertThat(sent.text()).isEqualTo(best.shortAnswer());
            assertThat(sent.article()).isEqualTo(new ChatLine.ArticleRef(best.articleId(), best.title(), "/kb/" + best.articleId()));
            Map<String, Object> received = customer.nextMessageFrom("AGENT");
            assertThat(received).containsEntry("author", "Priya").containsEntry("text", best.shortAnswer());
            assertThat(article(received)).containsEntry("id", best.articleId())
                    .containsEntry("title", best.title())
                    .containsEntry("url", "/kb/" + best.articleId())
                    .containsEntry("readMoreLabel", voice.label(TemplateKey.BUTTON_READ_MORE));
            assertThat(best.url()).isEqualTo("/kb/" + best.articleId());

            assertThatThrownBy(() -> chat.sendArticle(handoff, PRIYA, "no-such-article"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> chat.sendArticle(handoff, TOM, best.articleId()))
                    .as("only the agent who has the chat").isInstanceOf(NotYourHandoffException.class);
        }
    }

    @Test
    void internalNotesStayWithTheAgentsAcrossTransfersAndNeverReachTheCustomer() throws Exception {
        String secret = "Customer sounded upset, offered 10% voucher code NW-INTERNAL-77";
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf(customer);
            UUID handoff = queuedAndClaimedBy(PRIYA, id, customer);
            InternalNote note = chat.addNote(handoff, PRIYA, secret);
            assertThat(note).extracting(InternalNote::conversationId, InternalNote::handoffId, InternalNote::author,
                    InternalNote::authorName, InternalNote::text).containsExactly(id, handoff, "agent1", "Priya", secret);
            assertThatThrownBy(() -> chat.addNote(handoff, PRIYA, "  ")).isInstanceOf(IllegalArgumentException.class);

            assertThat(queue.transfer(handoff, PRIYA, TOM)).isTrue();
            assertThat(chat.notes(handoff, TOM)).containsExactly(note);

            chat.send(handoff, TOM, "Hi, Tom here.");
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("author", "Tom");
            assertThat(customer.drain()).as("nothing else reached the customer")
                    .noneMatch(e -> String.valueOf(e.get("text")).contains("NW-INTERNAL-77"));
            assertThat(conversations.history(id)).noneMatch(m -> m.text().contains("NW-INTERNAL-77"));

            // Escalated again later: the next agent sees the earlier notes as part of the context.
            queue.resolve(handoff, TOM, org.shopchat.console.handoff.Resolution.FOLLOW_UP, "");
            HandoffOutcome.Queued again = (HandoffOutcome.Queued) escalation.requestHandoff(id,
                    List.of(EscalationReason.CUSTOMER_ASKED), false);
            assertThat(queue.claim(again.handoffId(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            assertThat(chat.notes(again.handoffId(), PRIYA)).containsExactly(note);
        }
    }

    @Test
    void aTransferHandsTheChatToAColleagueAndTellsTheCustomerWhoJoined() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf(customer);
            UUID handoff = queuedAndClaimedBy(PRIYA, id, customer);

            assertThat(queue.transfer(handoff, PRIYA, TOM)).isTrue();
            assertThat((String) customer.nextMessageFrom("BOT").get("text"))
                    .isEqualTo(voice.say(TemplateKey.AGENT_JOINED, Map.of("agentName", "Tom"), 1).text());
            assertThat(queue.claimedBy("agent1")).isEmpty();
            assertThat(queue.claimedBy("agent2")).extracting(h -> h.id()).containsExactly(handoff);
            assertThat(escalation.isWithAgent(id)).isTrue();
            assertThatThrownBy(() -> chat.send(handoff, PRIYA, "still me?")).isInstanceOf(NotYourHandoffException.class);
            chat.send(handoff, TOM, "Tom here, I'll take it from now.");
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("author", "Tom");
            customer.send("tr-1", "ok thanks Tom");
            customer.nextMessageFrom("CUSTOMER");
            assertThat(chat.transcript(handoff, TOM)).extracting(ChatLine::text).contains("ok thanks Tom");
        }
    }

    @Test
    void aTransferToAColleagueWithNoFreeSlotIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            UUID other = conversations.open(java.util.Optional.empty()).id();
            assertThat(queue.claim(queue(other).handoffId(), TOM)).isInstanceOf(ClaimResult.Claimed.class);
        }
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf(customer);
            UUID handoff = queuedAndClaimedBy(PRIYA, id, customer);
            assertThat(queue.claimedBy("agent2")).as("precondition: Tom is at the limit of 3").hasSize(3);
            assertThat(queue.transfer(handoff, PRIYA, TOM)).isFalse();
            assertThat(queue.claimedBy("agent1")).extracting(h -> h.id()).containsExactly(handoff);
        }
    }

    @Test
    void releasedToTheQueueTheCustomerGetsTheirPlaceByArrivalBackAndAnotherAgentCanClaim() throws Exception {
        try (CustomerStompClient early = CustomerStompClient.connect(port, null);
             CustomerStompClient late = CustomerStompClient.connect(port, null)) {
            UUID a = conversationOf(early);
            UUID b = conversationOf(late);
            UUID handoffA = queuedAndClaimedBy(PRIYA, a, early);
            HandoffOutcome.Queued queuedB = queue(b);
            assertThat(queuedB.position()).isEqualTo(1);
            late.nextMessageFrom("BOT");

            queue.releaseToQueue(handoffA, PRIYA);
            assertThat(escalation.isWaiting(a)).isTrue();
            assertThat(queue.waiting()).extracting(w -> w.conversationId()).containsExactly(a, b);
            assertThat((String) early.nextMessageFrom("BOT").get("text")).isEqualTo(voice.say(
                    TemplateKey.HANDOVER_BACK_IN_QUEUE, Map.of("agentName", "Priya", "position", "1",
                            "waitMinutes", String.valueOf(queue.waiting().getFirst().estimatedWaitMinutes())), 1).text());
            assertThat((String) late.nextMessageFrom("BOT").get("text")).isEqualTo(position(2));

            assertThat(queue.claim(handoffA, TOM)).isEqualTo(new ClaimResult.Claimed(handoffA, a));
            assertThat((String) early.nextMessageFrom("BOT").get("text"))
                    .isEqualTo(voice.say(TemplateKey.AGENT_JOINED, Map.of("agentName", "Tom"), 0).text());
        }
    }

    @Test
    void waitingCustomersHearTheirPlaceAndWaitAgainOnceTheUpdateIntervalHasPassed() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf(customer);
            HandoffOutcome.Queued queued = queue(id);
            customer.nextMessageFrom("BOT");

            queueUpdates.remindWaitingCustomers();
            assertThat(positionMessages(id)).as("told with the acknowledgement just now: not again yet").isZero();

            // The interval (1h in these tests) has passed since the customer was last told.
            jdbc.update("update handoff set notified_at = notified_at - interval '2' hour where id = ?", queued.handoffId());
            presence.signedOut("agent2");
            queueUpdates.remindWaitingCustomers();
            Map<String, Object> reminder = customer.nextMessageFrom("BOT");
            int waitNow = queue.waiting().getFirst().estimatedWaitMinutes();
            assertThat((String) reminder.get("text")).isEqualTo(voice.say(TemplateKey.HANDOVER_STILL_WAITING,
                    Map.of("position", "1", "waitMinutes", String.valueOf(waitNow)), 1).text());
            assertThat(positionMessages(id)).isEqualTo(1);

            queueUpdates.remindWaitingCustomers();
            assertThat(positionMessages(id)).as("one reminder per interval").isEqualTo(1);
        }
    }

    @Test
    void theRemindersAreScheduledAQuarterIntervalApart() {
        // 1h in these tests: due customers hear from the queue at most 15 minutes late.
        assertThat(scheduled.getScheduledTasks()).extracting(ScheduledTask::getTask)
                .filteredOn(task -> task instanceof FixedDelayTask).map(task -> (FixedDelayTask) task)
                .anySatisfy(task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(15));
                });
    }

    private String position(int place) {
        return voice.say(TemplateKey.HANDOVER_QUEUE_POSITION, Map.of("position", String.valueOf(place),
                "waitMinutes", String.valueOf(queue.waiting().get(place - 1).estimatedWaitMinutes())), place).text();
    }

    private int positionMessages(UUID conversationId) {
        return jdbc.queryForObject("select count(*) from message where conversation_id = ? and act = 'HANDOVER_POSITION'",
                Integer.class, conversationId);
    }

    private UUID conversationOf(CustomerStompClient customer) throws InterruptedException {
        return jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                new ConversationToken((String) customer.resume(0).get("token")).hash());
    }

    /** What the dialogue does when the customer asks for a person: queue them and say so. */
    private HandoffOutcome.Queued queue(UUID conversationId) {
        List<EscalationReason> reasons = List.of(EscalationReason.CUSTOMER_ASKED);
        HandoffOutcome outcome = escalation.requestHandoff(conversationId, reasons, false);
        escalation.replyFor(outcome, reasons, 0).ifPresent(reply -> conversations.postFromBot(conversationId, reply));
        return (HandoffOutcome.Queued) outcome;
    }

    private UUID queuedAndClaimedBy(Agent agent, UUID conversationId, CustomerStompClient customer) throws InterruptedException {
        UUID handoff = queue(conversationId).handoffId();
        customer.nextMessageFrom("BOT");
        assertThat(queue.claim(handoff, agent)).isInstanceOf(ClaimResult.Claimed.class);
        customer.nextMessageFrom("BOT");
        return handoff;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> article(Map<String, Object> message) {
        return (Map<String, Object>) ((Map<String, Object>) message.get("attachments")).get("article");
    }
}
