package org.shopchat.bot.escalation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.conversation.MessageView;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole hand-over as a customer lives it, through the real dialogue: each trigger escalates on its own, an agent
 * claims and sees the full context packet, both chat while the bot stays silent, the agent resolves with a briefing
 * and the bot answers the next question again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class HandoffLifecycleStompTests {

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
    ConversationService conversations;
    @Autowired
    BotVoice voice;
    @Autowired
    JdbcTemplate jdbc;

    /** What the customer says, the last line being the one that escalates, and the reason it must be recorded with. */
    record Trigger(String name, EscalationReason reason, List<String> lines) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Trigger> triggers() {
        return Stream.of(
                new Trigger("asks for a person", EscalationReason.CUSTOMER_ASKED,
                        List.of("can I talk to a real person please")),
                new Trigger("is not understood twice", EscalationReason.REPEATED_FAILURE,
                        List.of("the pattern on the cushion faded", "the pattern on the cushion faded")),
                new Trigger("is distressed", EscalationReason.NEGATIVE_EMOTION,
                        List.of("this is RIDICULOUS, my parcel is late AGAIN and I am absolutely furious!!!")),
                new Trigger("raises a sensitive topic", EscalationReason.SENSITIVE_TOPIC,
                        List.of("I want to make a formal complaint about your service")));
    }

    @BeforeEach
    void nobodyWaitingAndPriyaOnline() {
        EscalationTestSupport.emptyQueue(jdbc);
        presence.online().forEach(agent -> presence.signedOut(agent.username()));
        presence.set(PRIYA, Presence.ONLINE);
    }

    @ParameterizedTest(name = "customer {0}")
    @MethodSource("triggers")
    void theCustomerIsHandedToAPersonWithTheFullContextAndBackToTheBot(Trigger trigger) throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf((String) customer.resume(0).get("token"));
            Instant before = Instant.now();
            Map<String, Object> handover = null;
            for (int i = 0; i < trigger.lines().size(); i++) {
                handover = say(customer, "t-" + i, trigger.lines().get(i));
            }
            long handoverSeq = ((Number) handover.get("seq")).longValue();
            assertThat(actOf(id, handoverSeq)).as("the bot's reply to the last line").isEqualTo("HANDOVER");
            assertThat(quickReplies(handover)).extracting(q -> q.get("action") + ":" + q.get("value"))
                    .containsExactly("handoff:cancel");

            // While waiting, the bot keeps answering questions.
            Map<String, Object> meanwhile = say(customer, "t-wait", "how long does standard delivery take?");
            assertThat(actOf(id, ((Number) meanwhile.get("seq")).longValue())).isEqualTo("ARTICLE_ANSWER");

            WaitingHandoff waiting = queue.waiting().stream().filter(w -> w.conversationId().equals(id)).findFirst()
                    .orElseThrow();
            assertThat(waiting.reasons()).contains(trigger.reason().name());
            assertThat(waiting.position()).isEqualTo(1);
            assertThat(waiting.distressed()).isEqualTo(waiting.reasons().contains("NEGATIVE_EMOTION"));

            assertThat(queue.claim(waiting.id(), PRIYA)).isEqualTo(new ClaimResult.Claimed(waiting.id(), id));
            assertThat((String) customer.nextMessageFrom("BOT").get("text"))
                    .isEqualTo(voice.say(TemplateKey.AGENT_JOINED, Map.of("agentName", "Priya"), 0).text());

            ContextPacket packet = chat.packet(waiting.id(), PRIYA);
            assertThat(packet.conversationId()).isEqualTo(id);
            assertThat(packet.escalatedAt()).isBetween(before, Instant.now());
            assertThat(packet.customer()).as("anonymous visitor").isNull();
            assertThat(packet.vip()).isFalse();
            assertThat(packet.reasons()).isEqualTo(waiting.reasons()).contains(trigger.reason().name());
            assertThat(packet.transcript()).as("everything said before the hand-over")
                    .isEqualTo(linesBefore(id, handoverSeq));
            assertThat(packet.transcript()).filteredOn(l -> l.sender().equals("CUSTOMER")).extracting(ChatLine::text)
                    .containsExactlyElementsOf(trigger.lines());
            assertThat(packet.turns()).as("one reading per customer line, as the dialogue logged it")
                    .isEqualTo(turnLog(id).stream().filter(t -> t.messageSeq() < handoverSeq).toList())
                    .hasSize(trigger.lines().size());
            assertThat(packet.turns().getLast().act()).isEqualTo("HANDOVER");
            assertThat(packet.articles()).isEmpty();
            assertThat(packet.orders()).isEmpty();
            assertThat(packet.failedVerifications()).isZero();
            assertThat(packet.summary()).endsWith(voice.say(TemplateKey.SUMMARY_REASON, Map.of("reason",
                    packet.reasons().stream().map(r -> EscalationReason.valueOf(r).words())
                            .collect(Collectors.joining(", "))), 0).text());

            chat.send(waiting.id(), PRIYA, "Hello, Priya here. I can see what happened so far.");
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("author", "Priya")
                    .containsEntry("text", "Hello, Priya here. I can see what happened so far.");
            customer.send("t-agent", "thank you, please sort it out");
            long customerSeq = ((Number) customer.nextMessageFrom("CUSTOMER").get("seq")).longValue();
            assertThat(chat.transcript(waiting.id(), PRIYA)).extracting(ChatLine::seq, ChatLine::text)
                    .contains(org.assertj.core.groups.Tuple.tuple(customerSeq, "thank you, please sort it out"));
            // The dialogue has seen the message (and stayed silent) before Priya resolves.
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from turn where conversation_id = ? and message_seq = ? and act = 'WITH_AGENT'",
                    Integer.class, id, customerSeq) == 1);

            queue.resolve(waiting.id(), PRIYA, Resolution.SOLVED, "Sorted out by Priya.");
            assertThat(botMessagesAfter(id, customerSeq)).as("silent while Priya had the chat; then back with a briefing")
                    .containsExactly(
                            voice.say(TemplateKey.AGENT_LEFT_BOT_BACK, Map.of("botName", voice.botName()), 0).text(),
                            voice.say(TemplateKey.BOT_RESUMES_BRIEFING, Map.of("summary", "Sorted out by Priya."), 0).text());

            Map<String, Object> answer = say(customer, "t-after", "how long does standard delivery take?");
            assertThat(actOf(id, ((Number) answer.get("seq")).longValue())).as("the bot answers again")
                    .isEqualTo("ARTICLE_ANSWER");
            assertThat(jdbc.queryForObject("select count(*) from handoff where conversation_id = ? and status = 'WAITING'",
                    Integer.class, id)).isZero();
        }
    }

    @Test
    void aVipCustomerIsServedBeforeAnOrdinaryCustomerWhoAskedEarlier() throws Exception {
        String bob = new CustomerTokenIssuer(CustomerTokenIssuer.DEMO_SECRET)
                .issue(new CustomerId("C-100002"), Instant.now().plus(Duration.ofHours(1)));
        try (CustomerStompClient anonymous = CustomerStompClient.connect(port, null);
             CustomerStompClient vip = CustomerStompClient.connect(port, null, bob)) {
            UUID first = conversationOf((String) anonymous.resume(0).get("token"));
            UUID second = conversationOf((String) vip.resume(0).get("token"));
            say(anonymous, "v-1", "I want to talk to a human");
            say(vip, "v-2", "I want to talk to a human");

            assertThat(queue.waiting()).extracting(WaitingHandoff::conversationId).containsExactly(second, first);
            assertThat(queue.waiting().getFirst().vip()).isTrue();
            WaitingHandoff bobWaiting = queue.waiting().getFirst();
            assertThat(queue.claim(bobWaiting.id(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            ContextPacket packet = chat.packet(bobWaiting.id(), PRIYA);
            assertThat(packet.vip()).isTrue();
            assertThat(packet.customer()).isNotNull();
            assertThat(packet.customer().id()).isEqualTo("C-100002");
            assertThat(packet.customer().tier()).isEqualTo("VIP");
        }
    }

    @Test
    void theCustomerCancelsWaitingWithTheButtonAndTheBotCarriesOn() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            UUID id = conversationOf((String) customer.resume(0).get("token"));
            Map<String, Object> handover = say(customer, "c-1", "I want to speak to someone");
            assertThat(quickReplies(handover)).singleElement().satisfies(button ->
                    assertThat(button).containsEntry("action", "handoff").containsEntry("value", "cancel"));
            assertThat(queue.waiting()).extracting(WaitingHandoff::conversationId).containsExactly(id);

            String label = (String) quickReplies(handover).getFirst().get("label");
            customer.sendRaw("/app/chat.send", "application/json", ("{\"clientMessageId\":\"c-2\",\"text\":\"" + label
                    + "\",\"choice\":{\"action\":\"handoff\",\"value\":\"cancel\"}}").getBytes(StandardCharsets.UTF_8));
            customer.nextMessageFrom("CUSTOMER");
            Map<String, Object> cancelled = customer.nextMessageFrom("BOT");
            assertThat(actOf(id, ((Number) cancelled.get("seq")).longValue())).isEqualTo("HANDOVER_CANCELLED");
            assertThat(queue.waiting()).isEmpty();
            assertThat(jdbc.queryForObject("select status from handoff where conversation_id = ?", String.class, id))
                    .isEqualTo("CANCELLED");

            Map<String, Object> answer = say(customer, "c-3", "how long does standard delivery take?");
            assertThat(actOf(id, ((Number) answer.get("seq")).longValue())).isEqualTo("ARTICLE_ANSWER");
        }
    }

    private UUID conversationOf(String token) {
        return jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                new ConversationToken(token).hash());
    }

    private String actOf(UUID conversationId, long seq) {
        return jdbc.queryForObject("select act from message where conversation_id = ? and seq = ?", String.class,
                conversationId, seq);
    }

    private List<ChatLine> linesBefore(UUID conversationId, long seq) {
        return conversations.history(conversationId).stream().filter(m -> m.seq() < seq)
                .map(HandoffLifecycleStompTests::line).toList();
    }

    private List<String> botMessagesAfter(UUID conversationId, long seq) {
        return conversations.history(conversationId).stream()
                .filter(m -> m.seq() > seq && m.sender().name().equals("BOT")).map(MessageView::text).toList();
    }

    private List<ContextPacket.TurnReading> turnLog(UUID conversationId) {
        return jdbc.query("select message_seq, intent, confidence, second_intent, second_confidence, out_of_scope, "
                        + "sentiment_score, sentiment_label, entities, act from turn where conversation_id = ? order by message_seq",
                (rs, i) -> new ContextPacket.TurnReading(rs.getLong(1), rs.getString(2), rs.getObject(3, Double.class),
                        rs.getString(4), rs.getObject(5, Double.class), rs.getBoolean(6), rs.getDouble(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)),
                conversationId);
    }

    private static ChatLine line(MessageView m) {
        return new ChatLine(m.seq(), m.sender().name(), m.author(), m.text(), m.createdAt(),
                m.provenance() == null ? null : m.provenance().intent(),
                m.provenance() == null ? null : m.provenance().confidence(),
                m.attachments().article() == null ? null : new ChatLine.ArticleRef(m.attachments().article().id(),
                        m.attachments().article().title(), m.attachments().article().url()));
    }

    /** Sends a line and returns the bot's answer to it. */
    private static Map<String, Object> say(CustomerStompClient customer, String id, String text) throws InterruptedException {
        customer.send(id, text);
        customer.nextMessageFrom("CUSTOMER");
        return customer.nextMessageFrom("BOT");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quickReplies(Map<String, Object> message) {
        return (List<Map<String, Object>>) ((Map<String, Object>) message.get("attachments")).get("quickReplies");
    }
}
