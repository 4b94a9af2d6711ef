package org.shopchat.bot.escalation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerTokenIssuer;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.OfflineTicket;
import org.shopchat.console.handoff.OfflineTickets;
import org.shopchat.console.handoff.Presence;
import org.shopchat.console.handoff.Resolution;
import org.shopchat.console.handoff.WaitingHandoff;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer over STOMP is handed to a person and back: queue, claim, chat both ways, resolve, the bot resumes.
 * The dialogue does not call the escalation yet, so the tests do what it will do: request the hand-over and post
 * the bot's reply for the outcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class EscalationStompTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");

    @LocalServerPort
    int port;

    @Autowired
    Escalation escalation;
    @Autowired
    HandoffQueue queue;
    @Autowired
    LiveChat chat;
    @Autowired
    OfflineTickets tickets;
    @Autowired
    AgentPresence presence;
    @Autowired
    ConversationService conversations;
    @Autowired
    BotVoice voice;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nobodyWaitingAndPriyaOnline() {
        EscalationTestSupport.emptyQueue(jdbc);
        presence.set(PRIYA, Presence.ONLINE);
    }

    UUID conversationOf(String token) {
        return jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                new ConversationToken(token).hash());
    }

    /** What the dialogue does once wired: request the hand-over and say the outcome. */
    HandoffOutcome escalate(UUID conversationId, List<EscalationReason> reasons) {
        HandoffOutcome outcome = escalation.requestHandoff(conversationId, reasons, false);
        escalation.replyFor(outcome, reasons, 0).ifPresent(reply -> conversations.postFromBot(conversationId, reply));
        return outcome;
    }

    @Test
    void agentTakesOverChatsWithTheCustomerAndHandsBackToTheBotWithABriefing() throws Exception {
        String bob = new CustomerTokenIssuer(CustomerTokenIssuer.DEMO_SECRET)
                .issue(new CustomerId("C-100002"), Instant.now().plus(Duration.ofHours(1)));
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null, bob)) {
            String token = (String) customer.resume(0).get("token");
            UUID id = conversationOf(token);

            HandoffOutcome outcome = escalate(id, List.of(EscalationReason.CUSTOMER_ASKED));
            assertThat(outcome).isInstanceOf(HandoffOutcome.Queued.class);
            HandoffOutcome.Queued queued = (HandoffOutcome.Queued) outcome;
            assertThat(queued.position()).isEqualTo(1);
            Map<String, Object> ack = customer.nextMessageFrom("BOT");
            assertThat((String) ack.get("text")).contains(voice.say(TemplateKey.HANDOVER_QUEUE_POSITION,
                    Map.of("position", "1", "waitMinutes", String.valueOf(queued.waitMinutes())), 0).text());
            assertThat(quickReplies(ack)).extracting(q -> q.get("action") + ":" + q.get("value"))
                    .containsExactly("handoff:cancel");
            assertThat(escalation.isWaiting(id)).isTrue();
            assertThat(escalation.requestHandoff(id, List.of(EscalationReason.CUSTOMER_ASKED), false))
                    .isInstanceOf(HandoffOutcome.AlreadyQueued.class);

            WaitingHandoff waiting = queue.waiting().getFirst();
            assertThat(waiting.conversationId()).isEqualTo(id);
            assertThat(waiting.vip()).as("Bob is a VIP customer").isTrue();
            assertThat(waiting.reasons()).containsExactly("CUSTOMER_ASKED");

            assertThat(queue.claim(waiting.id(), PRIYA)).isEqualTo(new ClaimResult.Claimed(waiting.id(), id));
            assertThat((String) customer.nextMessageFrom("BOT").get("text"))
                    .isEqualTo(voice.say(TemplateKey.AGENT_JOINED, Map.of("agentName", "Priya"), 0).text());
            assertThat(escalation.isWithAgent(id)).isTrue();
            assertThat(escalation.isWaiting(id)).isFalse();
            assertThat(escalation.requestHandoff(id, List.of(EscalationReason.CUSTOMER_ASKED), false))
                    .isEqualTo(new HandoffOutcome.WithAgent("Priya"));
            assertThat(queue.claimedBy("agent1")).extracting(h -> h.id()).containsExactly(waiting.id());

            chat.send(waiting.id(), PRIYA, "Hi Bob, I'm Priya. Let me look at that for you.");
            Map<String, Object> fromAgent = customer.nextMessageFrom("AGENT");
            assertThat(fromAgent).containsEntry("author", "Priya")
                    .containsEntry("text", "Hi Bob, I'm Priya. Let me look at that for you.");

            customer.send("bob-1", "thanks Priya, it was due yesterday");
            long seq = ((Number) customer.nextMessageFrom("CUSTOMER").get("seq")).longValue();
            assertThat(chat.transcript(waiting.id(), PRIYA)).extracting(ChatLine::seq, ChatLine::sender, ChatLine::text)
                    .contains(org.assertj.core.groups.Tuple.tuple(seq, "CUSTOMER", "thanks Priya, it was due yesterday"));

            queue.resolve(waiting.id(), PRIYA, Resolution.SOLVED, "Parcel re-sent by express, arrives tomorrow.");
            // Until the dialogue consults isWithAgent, the bot also answers the customer's message; skip that answer.
            nextBotMessage(customer, voice.say(TemplateKey.AGENT_LEFT_BOT_BACK, Map.of("botName", "Nora"), 0).text());
            assertThat((String) customer.nextMessageFrom("BOT").get("text")).isEqualTo(voice.say(
                    TemplateKey.BOT_RESUMES_BRIEFING, Map.of("summary", "Parcel re-sent by express, arrives tomorrow."), 0).text());
            assertThat(escalation.isWithAgent(id)).isFalse();
            assertThat(queue.claimedBy("agent1")).isEmpty();
            assertThat(jdbc.queryForMap("select status, resolution, resolution_note from handoff where id = ?", waiting.id()))
                    .containsEntry("STATUS", "RESOLVED").containsEntry("RESOLUTION", "SOLVED");
        }
    }

    @Test
    void theContextPacketHoldsEverythingTheAgentNeeds() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            UUID id = conversationOf(token);
            say(customer, "p-1", "where is my order NW-100001?");
            say(customer, "p-2", "wrong@example.com");
            say(customer, "p-3", "alice@example.com");
            Map<String, Object> article = say(customer, "p-4", "how do I return an item?");
            assertThat(article.get("attachments")).as("precondition: an article answer").isNotNull();
            long articleSeq = ((Number) article.get("seq")).longValue();
            customer.sendRaw("/app/chat.feedback", "application/json",
                    ("{\"seq\":" + articleSeq + ",\"helpful\":false}").getBytes(StandardCharsets.UTF_8));
            customer.nextMessageFrom("BOT");

            List<EscalationReason> reasons = List.of(EscalationReason.REPEATED_FAILURE, EscalationReason.NEGATIVE_EMOTION);
            HandoffOutcome.Queued queued = (HandoffOutcome.Queued) escalate(id, reasons);
            assertThat(queue.claim(queued.handoffId(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            ContextPacket packet = chat.packet(queued.handoffId(), PRIYA);

            assertThat(packet.conversationId()).isEqualTo(id);
            assertThat(packet.customer()).as("anonymous customer").isNull();
            assertThat(packet.vip()).isFalse();
            assertThat(packet.reasons()).containsExactly("REPEATED_FAILURE", "NEGATIVE_EMOTION");
            assertThat(packet.escalatedAt()).isNotNull();
            // The transcript is every message up to the escalation: greeting, four questions with answers, feedback ack.
            List<ChatLine> before = conversations.history(id).stream().filter(m -> m.seq() <= packet.transcript().size())
                    .map(m -> new ChatLine(m.seq(), m.sender().name(), m.author(), m.text(), m.createdAt(),
                            m.provenance() == null ? null : m.provenance().intent(),
                            m.provenance() == null ? null : m.provenance().confidence(),
                m.attachments().article() == null ? null : new ChatLine.ArticleRef(m.attachments().article().id(),
                        m.attachments().article().title(), m.attachments().article().url())))
                    .toList();
            assertThat(packet.transcript()).hasSize(10).isEqualTo(before);
            assertThat(packet.transcript()).extracting(ChatLine::sender).containsExactly("BOT", "CUSTOMER", "BOT",
                    "CUSTOMER", "BOT", "CUSTOMER", "BOT", "CUSTOMER", "BOT", "BOT");
            assertThat(packet.turns()).extracting(ContextPacket.TurnReading::messageSeq).containsExactly(2L, 4L, 6L, 8L);
            List<Map<String, Object>> turnRows = jdbc.queryForList(
                    "select intent, confidence, sentiment_score, sentiment_label, act from turn where conversation_id = ? order by message_seq", id);
            for (int i = 0; i < turnRows.size(); i++) {
                ContextPacket.TurnReading turn = packet.turns().get(i);
                assertThat(turn.intent()).isEqualTo(turnRows.get(i).get("INTENT"));
                assertThat(turn.confidence()).isEqualTo(turnRows.get(i).get("CONFIDENCE"));
                assertThat(turn.sentimentScore()).isEqualTo(turnRows.get(i).get("SENTIMENT_SCORE"));
                assertThat(turn.sentimentLabel()).isEqualTo(turnRows.get(i).get("SENTIMENT_LABEL"));
                assertThat(turn.act()).isEqualTo(turnRows.get(i).get("ACT"));
            }
            assertThat(packet.turns().getFirst().intent()).isEqualTo("track_order");
            assertThat(packet.articles()).hasSize(1);
            ContextPacket.ArticleShown shown = packet.articles().getFirst();
            assertThat(shown.messageSeq()).isEqualTo(articleSeq);
            assertThat(shown.articleId()).isEqualTo(((Map<?, ?>) ((Map<?, ?>) article.get("attachments")).get("article")).get("id"));
            assertThat(shown.helpful()).isFalse();
            assertThat(packet.orders()).singleElement().satisfies(order -> {
                assertThat(order.orderNumber()).isEqualTo("NW-100001");
                assertThat(order.status()).isEqualTo("SHIPPED");
                assertThat(order.delayed()).isFalse();
            });
            assertThat(packet.failedVerifications()).isEqualTo(1);
            List<String> expected = new java.util.ArrayList<>(List.of(
                    summary(TemplateKey.SUMMARY_ORDER_LOOKUP, Map.of("orderNumber", "NW-100001",
                            "status", voice.label(TemplateKey.STATUS_SHIPPED))),
                    summary(TemplateKey.SUMMARY_UNHELPFUL_ANSWERS, Map.of("count", "1")),
                    summary(TemplateKey.SUMMARY_VERIFICATION_FAILED, Map.of("count", "1")),
                    summary(TemplateKey.SUMMARY_TOPIC, Map.of("intent", packet.turns().getLast().intent()))));
            // The mood part names the worst mood of any turn, when one was negative or distressed.
            List<String> moods = packet.turns().stream().map(ContextPacket.TurnReading::sentimentLabel).toList();
            String worst = moods.contains("DISTRESSED") ? "distressed" : moods.contains("NEGATIVE") ? "negative" : null;
            if (worst != null) {
                expected.add(summary(TemplateKey.SUMMARY_SENTIMENT, Map.of("label", worst)));
            }
            expected.add(summary(TemplateKey.SUMMARY_REASON, Map.of("reason", "repeated failure, negative emotion")));
            assertThat(packet.summary().split("; ")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void waitingCustomersHearTheirNewPlaceWhenTheQueueMovesAndMayCancel() throws Exception {
        try (CustomerStompClient first = CustomerStompClient.connect(port, null);
             CustomerStompClient second = CustomerStompClient.connect(port, null)) {
            UUID a = conversationOf((String) first.resume(0).get("token"));
            UUID b = conversationOf((String) second.resume(0).get("token"));
            HandoffOutcome.Queued qa = (HandoffOutcome.Queued) escalate(a, List.of(EscalationReason.CUSTOMER_ASKED));
            HandoffOutcome.Queued qb = (HandoffOutcome.Queued) escalate(b, List.of(EscalationReason.CUSTOMER_ASKED));
            assertThat(qb.position()).isEqualTo(2);
            second.nextMessageFrom("BOT");

            assertThat(queue.claim(qa.handoffId(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            Map<String, Object> update = second.nextMessageFrom("BOT");
            assertThat((String) update.get("text")).isEqualTo(voice.say(TemplateKey.HANDOVER_QUEUE_POSITION,
                    Map.of("position", "1", "waitMinutes", String.valueOf(queue.waiting().getFirst().estimatedWaitMinutes())), 1).text());

            assertThat(escalation.cancel(b)).isTrue();
            assertThat(escalation.isWaiting(b)).isFalse();
            assertThat(queue.waiting()).isEmpty();
            assertThat(escalation.cancel(b)).isFalse();
            assertThat(second.drain()).as("no more position messages after cancelling")
                    .noneMatch(e -> "message".equals(e.get("type")));
        }
    }

    @Test
    void withNoAgentOnlineTheCustomerLeavesAMessageForTheTeam() throws Exception {
        // Other tests in this context may have signed agents in.
        presence.online().forEach(agent -> presence.signedOut(agent.username()));
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf((String) customer.resume(0).get("token"));
            HandoffOutcome outcome = escalate(id, List.of(EscalationReason.CUSTOMER_ASKED));
            assertThat(outcome).isInstanceOf(HandoffOutcome.Offline.class);
            Map<String, Object> offer = customer.nextMessageFrom("BOT");
            assertThat((String) offer.get("text")).isEqualTo(voice.say(TemplateKey.OFFLINE_OFFER,
                    Map.of("openingHours", ((HandoffOutcome.Offline) outcome).openingHours()), 0).text());
            assertThat(quickReplies(offer)).extracting(q -> q.get("value")).containsExactly("leave_message");
            assertThat(escalation.isWaiting(id)).isFalse();

            assertThat(Escalation.isEmailAddress("carol at example")).isFalse();
            OfflineTicketCreated created = escalation.leaveOfflineMessage(id, "carol@example.com",
                    "Please call me back about refund <b>NW-100003</b>");
            BotReply told = escalation.replyFor(created, 0);
            assertThat(told.text()).contains(created.replyBy());

            OfflineTicket ticket = tickets.list().stream().filter(t -> t.id().equals(created.ticketId())).findFirst().orElseThrow();
            assertThat(ticket).extracting(OfflineTicket::conversationId, OfflineTicket::email, OfflineTicket::text, OfflineTicket::status)
                    .containsExactly(id, "carol@example.com", "Please call me back about refund <b>NW-100003</b>", "OPEN");
            tickets.reply(ticket.id(), PRIYA, "We've refunded it today.");
            tickets.close(ticket.id(), PRIYA);
            assertThat(tickets.list().stream().filter(t -> t.id().equals(ticket.id())).findFirst().orElseThrow())
                    .extracting(OfflineTicket::status, OfflineTicket::reply, OfflineTicket::repliedBy)
                    .containsExactly("CLOSED", "We've refunded it today.", "agent1");
        }
    }

    private String summary(TemplateKey key, Map<String, String> values) {
        return voice.say(key, values, 0).text();
    }

    private static Map<String, Object> say(CustomerStompClient customer, String id, String text) throws InterruptedException {
        customer.send(id, text);
        customer.nextMessageFrom("CUSTOMER");
        return customer.nextMessageFrom("BOT");
    }

    /** The next bot message with this text; fails (after the client's bounded wait) when none comes. */
    private static void nextBotMessage(CustomerStompClient customer, String text) throws InterruptedException {
        while (!text.equals(customer.nextMessageFrom("BOT").get("text"))) {
            // an earlier bot message: keep looking
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quickReplies(Map<String, Object> message) {
        return (List<Map<String, Object>>) ((Map<String, Object>) message.get("attachments")).get("quickReplies");
    }
}
