package org.shopchat.bot.dialogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.Conversation;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.conversation.Sender;
import org.shopchat.bot.knowledge.ArticleHit;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.OrderNumber;
import org.shopchat.kb.KnowledgeContent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The dialogue policy turn by turn, with the shipped NLU model and content, and a stand-in knowledge base. */
class DialoguePolicyTests {

    private static final Nlu NLU = Nlu.loadDefault();
    private static final BotVoice VOICE = new BotVoice(KnowledgeContent.loadFromClasspath());

    private final KnowledgeBase knowledge = mock(KnowledgeBase.class);
    private final Map<UUID, DialogueState> stored = new HashMap<>();
    private final DialogueStateRepository states = mock(DialogueStateRepository.class);
    private final TurnRepository turns = mock(TurnRepository.class);
    private final UUID conversationId = UUID.randomUUID();
    private DialoguePolicy policy;
    private long seq;

    @BeforeEach
    void setUp() {
        when(states.findById(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.<UUID>getArgument(0))));
        when(states.save(any())).thenAnswer(call -> {
            DialogueState state = call.getArgument(0);
            stored.put(state.conversationId(), state);
            return state;
        });
        when(knowledge.bestAnswer(anyString(), anyList())).thenReturn(Optional.empty());
        HandoverFlow handover = mock(HandoverFlow.class);
        when(handover.escalateIfNeeded(any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenAnswer(call -> call.getArgument(3));
        policy = new DialoguePolicy(NLU, mock(org.shopchat.bot.orders.OrderLookup.class), mock(OrderFlow.class), handover, VOICE, knowledge, states, turns, new DialogueProperties(0.30, 0.10, 2),
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void greetsBack() {
        assertThat(say("hi there").provenance().act()).isEqualTo("GREETING");
    }

    @Test
    void saysOutOfScopeForQuestionsUnrelatedToTheShop() {
        BotReply reply = say("what's the capital of France?");
        assertThat(reply.provenance().act()).isEqualTo("OUT_OF_SCOPE");
        assertThat(reply.text()).contains("Nora");
    }

    @Test
    void answersFromTheKnowledgeBaseWithReadMoreAndFeedbackButtons() {
        when(knowledge.bestAnswer(anyString(), eq(List.of("check_payment_methods")))).thenReturn(Optional.of(
                new ArticleHit("payment-methods", 3, "Ways to pay", "We accept cards, PayPal and gift cards.",
                        "/kb/payment-methods", 7.5)));
        BotReply reply = say("which payment methods can I use?");
        assertThat(reply.provenance().act()).isEqualTo("ARTICLE_ANSWER");
        assertThat(reply.provenance().articleId()).isEqualTo("payment-methods");
        assertThat(reply.provenance().articleRevision()).isEqualTo(3);
        assertThat(reply.provenance().intent()).isEqualTo("check_payment_methods");
        assertThat(reply.provenance().retrievalScore()).isEqualTo(7.5);
        assertThat(reply.text()).endsWith("We accept cards, PayPal and gift cards.");
        assertThat(reply.attachments().article().url()).isEqualTo("/kb/payment-methods");
        assertThat(reply.attachments().quickReplies()).extracting(QuickReply::action)
                .containsExactly("feedback", "feedback");
    }

    @Test
    void helpsToRephraseWithTopicButtonsWhenNothingAnswersThenOffersAPerson() {
        BotReply first = say("is the blue merino jumper machine washable?");
        assertThat(first.provenance().act()).isEqualTo("REPHRASE_HELP");
        assertThat(first.attachments().quickReplies()).hasSize(5).allMatch(r -> r.action().equals("intent"));

        BotReply second = say("does the wool coat come in a petite fit?");
        assertThat(second.provenance().act()).isEqualTo("OFFER_HUMAN");
        assertThat(second.attachments().quickReplies()).extracting(QuickReply::value)
                .containsExactly("contact_human_agent");
    }

    @Test
    void aPressedTopicButtonIsTakenAsItsIntent() {
        when(knowledge.bestAnswer(anyString(), eq(List.of("return_item")))).thenReturn(Optional.of(
                new ArticleHit("returns", 1, "Returning an item", "You have 30 days.", "/kb/returns", 4.0)));
        BotReply reply = policy.answer(view(), message("Returns", new CustomerInput.Choice("intent", "return_item")))
                .orElseThrow();
        assertThat(reply.provenance().articleId()).isEqualTo("returns");
        assertThat(reply.provenance().confidence()).isEqualTo(1.0);
    }

    @Test
    void anAnswerResetsTheFailureCount() {
        say("is the blue merino jumper machine washable?");
        when(knowledge.bestAnswer(anyString(), anyList())).thenReturn(Optional.of(
                new ArticleHit("delivery-times", 1, "Delivery times", "3–5 working days.", "/kb/delivery-times", 5.0)));
        say("how long does delivery take?");
        when(knowledge.bestAnswer(anyString(), anyList())).thenReturn(Optional.empty());
        assertThat(say("does the wool coat come in a petite fit?").provenance().act()).isEqualTo("REPHRASE_HELP");
    }

    @Test
    void unhelpfulAnswersCountAsFailuresAndAreRecordedPerRevision() {
        MessageView answer = new MessageView(conversationId, 2, Sender.BOT, null, "…", null, Instant.now(), null,
                new BotReply.Provenance("ARTICLE_ANSWER", "article-lead-in", 1, "returns", 4, "return_item", 0.9, 3.0),
                null);
        BotReply first = policy.feedback(view(), answer, false);
        assertThat(first.provenance().act()).isEqualTo("FEEDBACK");
        BotReply second = policy.feedback(view(), answer, false);
        assertThat(second.provenance().act()).isEqualTo("OFFER_HUMAN");
        verify(knowledge, org.mockito.Mockito.times(2)).recordFeedback(conversationId, 2, "returns", 4, false);
    }

    @Test
    void outOfScopeQuestionsDoNotCountAsFailures() {
        say("what's the capital of France?");
        say("who won the world cup in 2018?");
        assertThat(say("is the blue merino jumper machine washable?").provenance().act()).isEqualTo("REPHRASE_HELP");
    }

    @Test
    void asksWhichOneIsMeantWhenTwoIntentsAreTooCloseToCall() {
        Nlu undecided = new Nlu(text -> org.shopchat.intents.Classification.ofScores(List.of(
                new org.shopchat.intents.ScoredIntent(org.shopchat.intents.IntentName.of("get_invoice"), 0.45),
                new org.shopchat.intents.ScoredIntent(org.shopchat.intents.IntentName.of("check_invoice"), 0.40),
                new org.shopchat.intents.ScoredIntent(org.shopchat.intents.IntentName.of("greeting"), 0.15)), false),
                new org.shopchat.intents.entities.RegexEntityExtractor(),
                new org.shopchat.intents.sentiment.LexiconSentimentAnalyzer());
        when(knowledge.search(eq(""), eq(List.of("get_invoice")), eq(1))).thenReturn(List.of(
                new ArticleHit("invoice-copy", 1, "Getting a copy of your invoice", "…", "/kb/invoice-copy", 0)));
        when(knowledge.search(eq(""), eq(List.of("check_invoice")), eq(1))).thenReturn(List.of(
                new ArticleHit("invoice-errors", 1, "Something wrong on your invoice", "…", "/kb/invoice-errors", 0)));
        HandoverFlow handover = mock(HandoverFlow.class);
        when(handover.escalateIfNeeded(any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenAnswer(call -> call.getArgument(3));
        DialoguePolicy unsure = new DialoguePolicy(undecided, mock(org.shopchat.bot.orders.OrderLookup.class),
                mock(OrderFlow.class), handover, VOICE, knowledge, states, turns, new DialogueProperties(0.30, 0.10, 2),
                Clock.systemUTC());

        BotReply reply = unsure.answer(view(), message("invoice", null)).orElseThrow();

        assertThat(reply.provenance().act()).isEqualTo("CLARIFY");
        assertThat(reply.text()).contains("Getting a copy of your invoice").contains("Something wrong on your invoice");
        assertThat(reply.attachments().quickReplies()).extracting(QuickReply::value)
                .containsExactly("get_invoice", "check_invoice", "something_else");
    }

    @Test
    void logsWhatItUnderstoodOfEveryMessage() {
        say("hello");
        verify(turns).save(any(Turn.class));
    }

    private BotReply say(String text) {
        return policy.answer(view(), message(text, null)).orElseThrow();
    }

    private MessageView message(String text, CustomerInput.Choice choice) {
        seq += 2;
        return new MessageView(conversationId, seq, Sender.CUSTOMER, null, text, "c-" + seq, Instant.now(), choice,
                null, null);
    }

    @Test
    void aMessageOfOrderNumbersAndFillerWordsOnlyIsAboutThoseOrders() {
        assertThat(DialoguePolicy.onlyOrderNumbers("NW-100001", numbers("NW-100001", "NW-100001"))).isTrue();
        assertThat(DialoguePolicy.onlyOrderNumbers("and what about NW-100003?",
                numbers("and what about NW-100003?", "NW-100003"))).isTrue();
        assertThat(DialoguePolicy.onlyOrderNumbers("#NW-100001 and #NW-100002",
                numbers("#NW-100001 and #NW-100002", "NW-100001", "NW-100002"))).isTrue();
        assertThat(DialoguePolicy.onlyOrderNumbers("cancel NW-100001", numbers("cancel NW-100001", "NW-100001")))
                .isFalse();
        assertThat(DialoguePolicy.onlyOrderNumbers("NW-100001 arrived broken",
                numbers("NW-100001 arrived broken", "NW-100001"))).isFalse();
    }

    private static List<OrderNumber> numbers(String text, String... values) {
        return java.util.Arrays.stream(values).map(v -> {
            int start = text.indexOf(v);
            return new OrderNumber(v, start, start + v.length(), v);
        }).toList();
    }

    private ConversationView view() {
        return new ConversationView(conversationId, Conversation.Status.OPEN, seq, null);
    }
}
