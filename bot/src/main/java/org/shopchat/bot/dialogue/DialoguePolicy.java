package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.conversation.Responder;
import org.shopchat.bot.knowledge.ArticleHit;
import org.shopchat.bot.knowledge.ArticleSearch;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.intents.Classification;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.OrderNumber;
import org.shopchat.intents.ScoredIntent;
import org.shopchat.intents.Understanding;
import org.shopchat.kb.TemplateKey;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Decides, per customer message, one dialogue act — small talk, an answer from the knowledge base, a clarifying
 * question, "out of scope", or help after not understanding — and says it through the persona. Every decision is
 * logged as a {@link Turn} with what the NLU understood.
 */
@Component
class DialoguePolicy implements Responder {

    /** Acts recorded in turns and message provenance. */
    enum Act { GREETING, SMALL_TALK, ORDER_STATUS, ARTICLE_ANSWER, CLARIFY, OUT_OF_SCOPE, NOT_UNDERSTOOD, REPHRASE_HELP, OFFER_HUMAN, FEEDBACK }

    private static final Set<String> GREETINGS = Set.of("greeting");
    private static final Map<String, TemplateKey> SMALL_TALK = Map.of(
            "thanks", TemplateKey.THANKS_REPLY,
            "goodbye", TemplateKey.GOODBYE,
            "affirm", TemplateKey.ANYTHING_ELSE,
            "deny", TemplateKey.ANYTHING_ELSE);

    /** Topic buttons offered when the bot did not understand, and the intent each stands for. */
    private static final Map<TemplateKey, String> TOPICS = java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(Map.of(
                    TemplateKey.TOPIC_ORDER_STATUS, "track_order",
                    TemplateKey.TOPIC_DELIVERY, "delivery_period",
                    TemplateKey.TOPIC_RETURNS, "return_item",
                    TemplateKey.TOPIC_PAYMENT, "check_payment_methods",
                    TemplateKey.TOPIC_ACCOUNT, "edit_account")));

    /** Questions that, once a verified order is being discussed, are about that order. */
    private static final Set<String> ORDER_FOLLOW_UPS = Set.of("track_order", "delivery_period", "missing_delivery");

    /**
     * Words that ask nothing of their own beside an order number: "and what about NW-100003?", "it's NW-100001".
     * A message of only these and order numbers leaves the classifier nothing to read, so it is not asked.
     */
    private static final Set<String> ORDER_NUMBER_FILLERS = Set.of("and", "what", "about", "how", "the", "order",
            "number", "no", "my", "it", "its", "it's", "is", "this", "that", "one", "other", "then", "ok", "okay",
            "please", "pls", "here", "for", "of", "also", "too", "try", "hi", "hello");

    private final Nlu nlu;
    private final OrderLookup orders;
    private final OrderFlow orderFlow;
    private final HandoverFlow handover;
    private final BotVoice voice;
    private final KnowledgeBase knowledge;
    private final DialogueStateRepository states;
    private final TurnRepository turns;
    private final DialogueProperties properties;
    private final Clock clock;
    private final Timer classificationTime;
    /** The configured thresholds, the published articles and the real order flow: what customers get. */
    private final DecisionRules live;

    DialoguePolicy(Nlu nlu, OrderLookup orders, OrderFlow orderFlow, HandoverFlow handover, BotVoice voice,
                   KnowledgeBase knowledge, DialogueStateRepository states, TurnRepository turns,
                   DialogueProperties properties, Clock clock) {
        // For unit tests that build the policy by hand: its timings are kept in a registry of its own.
        this(nlu, orders, orderFlow, handover, voice, knowledge, states, turns, properties, clock,
                new SimpleMeterRegistry());
    }

    @Autowired
    DialoguePolicy(Nlu nlu, OrderLookup orders, OrderFlow orderFlow, HandoverFlow handover, BotVoice voice,
                   KnowledgeBase knowledge, DialogueStateRepository states, TurnRepository turns,
                   DialogueProperties properties, Clock clock, MeterRegistry meters) {
        this.classificationTime = Timer.builder("shopchat.nlu.classification")
                .description("Understanding one customer message (intent classification, entities, sentiment)")
                .register(meters);
        this.handover = handover;
        this.nlu = nlu;
        this.orders = orders;
        this.orderFlow = orderFlow;
        this.voice = voice;
        this.knowledge = knowledge;
        this.states = states;
        this.turns = turns;
        this.properties = properties;
        this.clock = clock;
        this.live = new DecisionRules(properties, knowledge, orderFlow::start);
    }

    /**
     * What a decision depends on besides the message and the dialogue state: the thresholds, the articles answered
     * from, and how an order flow starts. The chat and the test bench decide with the configured ones; a replay
     * with a candidate configuration and an order flow that looks nothing up.
     */
    record DecisionRules(DialogueProperties thresholds, ArticleSearch knowledge, OrderStart orders) {
    }

    /** Starts an order flow for a purpose (see {@link OrderFlow#start}). */
    @FunctionalInterface
    interface OrderStart {
        BotReply start(OrderFlow.Purpose purpose, ConversationView conversation, DialogueState state,
                       Understanding understanding, int seed);
    }

    /**
     * The same decisions with another voice and knowledge base, e.g. the editors' drafts on the test bench. The order
     * and hand-over flows keep the published voice.
     */
    DialoguePolicy speakingWith(BotVoice otherVoice, KnowledgeBase otherKnowledge) {
        return new DialoguePolicy(nlu, orders, orderFlow, handover, otherVoice, otherKnowledge, states, turns,
                properties, clock);
    }

    @Override
    public BotReply welcome(ConversationView conversation) {
        return greeting(conversation, (int) conversation.lastSeq());
    }

    /** Greets a customer the shop identified by the name they prefer; anyone else as a guest. */
    private BotReply greeting(ConversationView conversation, int seed) {
        Optional<CustomerProfile> customer = Optional.ofNullable(conversation.customerId())
                .filter(CustomerId::isWellFormed).map(CustomerId::new).flatMap(orders::findCustomer);
        BotReply reply = customer
                .map(c -> voice.say(TemplateKey.GREETING_KNOWN_CUSTOMER,
                        Map.of("customerName", c.nameToGreet(), "botName", voice.botName()), seed))
                .orElseGet(() -> voice.say(TemplateKey.GREETING, Map.of("botName", voice.botName()), seed));
        return reply.withAct(Act.GREETING.name());
    }

    @Override
    public Optional<BotReply> answer(ConversationView conversation, MessageView message) {
        long start = System.nanoTime();
        Understanding understanding = nlu.understand(message.text());
        classificationTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        DialogueState state = states.findById(conversation.id())
                .orElseGet(() -> new DialogueState(conversation.id(), clock.instant()));
        int seed = (int) message.seq();
        if (handover.withAgent(conversation)) {
            // A person has the conversation: the bot stays silent but still notes what it understood.
            turns.save(new Turn(conversation.id(), message.seq(), reading(understanding), "WITH_AGENT", clock.instant()));
            return Optional.empty();
        }
        String flow = state.flow();
        BotReply answer = handover.onChoice(conversation, state, message.choice(), seed)
                .or(() -> handover.resume(conversation, state, understanding, seed))
                .or(() -> orderFlow.resume(conversation, state, understanding, seed).map(r -> r.withAct(flow)))
                .orElseGet(() -> decide(conversation, state, message, understanding, seed, live));
        BotReply reply = handover.escalateIfNeeded(conversation, state, understanding, answer, seed);
        state.touch(clock.instant());
        states.save(state);
        turns.save(new Turn(conversation.id(), message.seq(), reading(understanding), reply.provenance().act(),
                clock.instant()));
        return Optional.of(reply);
    }

    /**
     * The reply to {@code understanding} as the first customer message of a new conversation, decided exactly as
     * {@link #answer} decides it but with nothing stored: for the editors' test bench. Escalation rules are not
     * applied (a first message escalates only when the customer asks for a person).
     */
    BotReply firstReply(Understanding understanding) {
        java.time.Instant now = clock.instant();
        ConversationView conversation = new ConversationView(java.util.UUID.randomUUID(),
                org.shopchat.bot.conversation.Conversation.Status.OPEN, 1, null);
        MessageView message = new MessageView(conversation.id(), 2, org.shopchat.bot.conversation.Sender.CUSTOMER,
                null, understanding.text(), "test-bench", now, null, null, null);
        // In a new conversation the greeting is message 1, so the first customer message is 2: the same variant seed.
        return decide(conversation, new DialogueState(conversation.id(), now), message, understanding, 2, live);
    }

    @Override
    public BotReply feedback(ConversationView conversation, MessageView answer, boolean helpful) {
        BotReply.Provenance source = answer.provenance();
        knowledge.recordFeedback(conversation.id(), answer.seq(), source.articleId(), source.articleRevision(), helpful);
        DialogueState state = states.findById(conversation.id())
                .orElseGet(() -> new DialogueState(conversation.id(), clock.instant()));
        BotReply reply;
        if (helpful) {
            state.helped(state.lastIntent());
            reply = voice.say(TemplateKey.FEEDBACK_THANKS_HELPFUL, (int) conversation.lastSeq());
        } else if (state.failed() >= properties.offerHumanAfterFailures()) {
            reply = offerHuman((int) conversation.lastSeq());
        } else {
            reply = voice.say(TemplateKey.FEEDBACK_THANKS_UNHELPFUL, (int) conversation.lastSeq())
                    .withQuickReplies(topicButtons());
        }
        state.touch(clock.instant());
        states.save(state);
        return reply.provenance().act() == null ? reply.withAct(Act.FEEDBACK.name()) : reply;
    }

    /**
     * The one decision of a turn outside a flow, for the chat, the test bench and replays alike; {@code rules} say
     * which thresholds, articles and order flow it decides with.
     */
    BotReply decide(ConversationView conversation, DialogueState state, MessageView message,
                    Understanding understanding, int seed, DecisionRules rules) {
        DialogueProperties properties = rules.thresholds();
        state.leaveFlow();
        Optional<String> chosen = chosenIntent(message.choice()).or(() -> orderFollowUp(state, understanding))
                .or(() -> bareOrderNumber(understanding, properties));
        Classification classification = understanding.classification();
        if (chosen.isEmpty() && classification.outOfScope()) {
            // Out of scope is understood, just not the shop's business: it does not count towards offering a person.
            return voice.say(TemplateKey.OUT_OF_SCOPE, Map.of("botName", voice.botName()), seed)
                    .withAct(Act.OUT_OF_SCOPE.name())
                    .withUnderstanding(classification.decision().intent().value(), classification.decision().confidence());
        }
        ScoredIntent top = chosen.map(intent -> new ScoredIntent(org.shopchat.intents.IntentName.of(intent), 1.0))
                .orElseGet(classification::top);
        String intent = top.intent().value();
        // A pressed button is certain; an intent read from context is acted on, but recorded with the
        // classifier's own confidence so that provenance and analytics are not flattered.
        double recorded = chosenIntent(message.choice()).isPresent() ? 1.0 : classification.ranking().stream()
                .filter(s -> s.intent().value().equals(intent)).mapToDouble(ScoredIntent::confidence).findFirst()
                .orElse(0.0);
        if (top.confidence() < properties.minConfidence()) {
            return notUnderstood(state, seed, properties).withUnderstanding(intent, recorded);
        }
        if (chosen.isEmpty()) {
            Optional<BotReply> clarification = clarify(classification, seed, rules);
            if (clarification.isPresent()) {
                return clarification.get();
            }
        }
        if (GREETINGS.contains(intent)) {
            state.helped(intent);
            return greeting(conversation, seed).withUnderstanding(intent, recorded);
        }
        OrderFlow.Purpose purpose = OrderFlow.PURPOSES.get(intent);
        if (purpose == null && ORDER_FOLLOW_UPS.contains(intent) && state.orderNumber() != null
                && state.lastIntent() != null && ORDER_FOLLOW_UPS.contains(state.lastIntent())) {
            purpose = OrderFlow.Purpose.ORDER_STATUS;
        }
        if (purpose != null) {
            state.helped(intent);
            return rules.orders().start(purpose, conversation, state, understanding, seed)
                    .withAct(purpose.name()).withUnderstanding(intent, recorded);
        }
        TemplateKey smallTalk = SMALL_TALK.get(intent);
        if (smallTalk != null) {
            state.helped(state.lastIntent());
            return voice.say(smallTalk, seed).withAct(Act.SMALL_TALK.name()).withUnderstanding(intent, recorded);
        }
        Optional<ArticleHit> hit = rules.knowledge().bestAnswer(message.text(), List.of(intent));
        if (hit.isEmpty()) {
            return notUnderstood(state, seed, properties).withUnderstanding(intent, recorded);
        }
        state.helped(intent);
        return articleAnswer(hit.get(), seed).withUnderstanding(intent, recorded);
    }

    /**
     * Asks which of two intents is meant when the classifier cannot tell them apart; only for intents the knowledge
     * base can name (by the title of the article that answers each), so the question uses editor-approved words.
     */
    private Optional<BotReply> clarify(Classification classification, int seed, DecisionRules rules) {
        DialogueProperties properties = rules.thresholds();
        List<ScoredIntent> ranking = classification.ranking().stream()
                .filter(s -> !s.intent().isOutOfScope()).limit(2).toList();
        if (ranking.size() < 2 || ranking.get(0).confidence() - ranking.get(1).confidence() >= properties.clarifyMargin()
                || ranking.get(1).confidence() < properties.minConfidence() / 2) {
            return Optional.empty();
        }
        String first = ranking.get(0).intent().value();
        String second = ranking.get(1).intent().value();
        if (SMALL_TALK.containsKey(first) || SMALL_TALK.containsKey(second)
                || GREETINGS.contains(first) || GREETINGS.contains(second)) {
            return Optional.empty();
        }
        Optional<ArticleHit> a = rules.knowledge().search("", List.of(first), 1).stream().findFirst();
        Optional<ArticleHit> b = rules.knowledge().search("", List.of(second), 1).stream().findFirst();
        if (a.isEmpty() || b.isEmpty() || a.get().articleId().equals(b.get().articleId())) {
            return Optional.empty();
        }
        BotReply reply = voice.say(TemplateKey.CLARIFY, Map.of("optionA", a.get().title(), "optionB", b.get().title()), seed)
                .withAct(Act.CLARIFY.name())
                .withUnderstanding(first, ranking.get(0).confidence())
                .withQuickReplies(List.of(
                        new QuickReply(a.get().title(), "intent", first),
                        new QuickReply(b.get().title(), "intent", second),
                        new QuickReply(voice.label(TemplateKey.BUTTON_SOMETHING_ELSE), "intent", "something_else")));
        return Optional.of(reply);
    }

    private BotReply articleAnswer(ArticleHit hit, int seed) {
        BotReply leadIn = voice.say(TemplateKey.ARTICLE_LEAD_IN, Map.of("title", hit.title()), seed);
        BotReply.Provenance provenance = leadIn.provenance().withAct(Act.ARTICLE_ANSWER.name())
                .withArticle(hit.articleId(), hit.revision(), hit.score());
        Attachments attachments = Attachments.NONE
                .withArticle(new Attachments.ArticleLink(hit.articleId(), hit.revision(), hit.title(), hit.url(),
                        voice.label(TemplateKey.BUTTON_READ_MORE)))
                .withQuickReplies(List.of(
                        new QuickReply(voice.label(TemplateKey.BUTTON_HELPFUL), "feedback", "helpful"),
                        new QuickReply(voice.label(TemplateKey.BUTTON_NOT_HELPFUL), "feedback", "unhelpful")));
        return new BotReply(leadIn.text() + "\n\n" + hit.shortAnswer(), provenance, attachments);
    }

    private BotReply notUnderstood(DialogueState state, int seed, DialogueProperties properties) {
        int failures = state.failed();
        if (failures >= properties.offerHumanAfterFailures()) {
            return offerHuman(seed);
        }
        return voice.say(TemplateKey.REPHRASE_HELP, seed).withAct(Act.REPHRASE_HELP.name())
                .withQuickReplies(topicButtons());
    }

    private BotReply offerHuman(int seed) {
        return voice.say(TemplateKey.OFFER_HUMAN, seed).withAct(Act.OFFER_HUMAN.name())
                .withQuickReplies(List.of(new QuickReply(voice.label(TemplateKey.BUTTON_TALK_TO_PERSON), "intent",
                        "contact_human_agent")));
    }

    private List<QuickReply> topicButtons() {
        return TOPICS.entrySet().stream()
                .map(topic -> new QuickReply(voice.label(topic.getKey()), "intent", topic.getValue()))
                .toList();
    }

    /**
     * A short follow-up such as "and when will it arrive?" reads as out of scope on its own; while an order is being
     * discussed, it is a question about that order when its best in-scope reading is one.
     */
    private static Optional<String> orderFollowUp(DialogueState state, Understanding understanding) {
        if (state.orderNumber() == null || state.lastIntent() == null || !ORDER_FOLLOW_UPS.contains(state.lastIntent())
                || !understanding.classification().outOfScope()) {
            return Optional.empty();
        }
        return understanding.classification().topInScope().map(s -> s.intent().value())
                .filter(ORDER_FOLLOW_UPS::contains);
    }

    /**
     * A message that names an order and either nothing the classifier is sure of or nothing but the order number (and
     * {@link #ORDER_NUMBER_FILLERS}) is a question about that order.
     */
    private static Optional<String> bareOrderNumber(Understanding understanding, DialogueProperties properties) {
        List<OrderNumber> named = understanding.entitiesOf(OrderNumber.class);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean unsure = understanding.classification().outOfScope()
                || understanding.classification().top().confidence() < properties.minConfidence();
        return unsure || onlyOrderNumbers(understanding.text(), named) ? Optional.of("track_order") : Optional.empty();
    }

    static boolean onlyOrderNumbers(String text, List<OrderNumber> named) {
        StringBuilder rest = new StringBuilder(text);
        List<OrderNumber> lastFirst = named.stream()
                .sorted(Comparator.comparingInt(OrderNumber::start).reversed()).toList();
        for (OrderNumber number : lastFirst) {
            rest.replace(number.start(), number.end(), " ");
        }
        return Arrays.stream(rest.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(word -> !word.isEmpty())
                .allMatch(ORDER_NUMBER_FILLERS::contains);
    }

    /** A pressed quick reply with action {@code intent} names the intent; "something else" names none. */
    private static Optional<String> chosenIntent(CustomerInput.Choice choice) {
        if (choice == null || !"intent".equals(choice.action()) || "something_else".equals(choice.value())) {
            return Optional.empty();
        }
        return Optional.of(choice.value()).filter(v -> v.matches("[a-z][a-z0-9_]*"));
    }

    static Turn.Reading reading(Understanding understanding) {
        List<ScoredIntent> ranking = understanding.classification().ranking();
        ScoredIntent first = ranking.get(0);
        Optional<ScoredIntent> second = ranking.stream().skip(1).findFirst();
        String entities = understanding.entities().stream()
                .map(e -> e.getClass().getSimpleName() + ":" + e.text())
                .collect(Collectors.joining("; "));
        return new Turn.Reading(first.intent().value(), first.confidence(),
                second.map(s -> s.intent().value()).orElse(null), second.map(ScoredIntent::confidence).orElse(null),
                understanding.classification().outOfScope(), understanding.sentiment().score(),
                understanding.sentiment().label().name(), entities.length() > 2000 ? entities.substring(0, 2000) : entities);
    }
}
