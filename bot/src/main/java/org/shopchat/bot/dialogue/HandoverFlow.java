package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.Sender;
import org.shopchat.bot.escalation.Escalation;
import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.bot.escalation.HandoffOutcome;
import org.shopchat.bot.escalation.TurnSignals;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.intents.EmailAddress;
import org.shopchat.intents.ScoredIntent;
import org.shopchat.intents.Understanding;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dialogue's side of handing a conversation to a person: asks the escalation rules after every turn, replaces
 * the bot's answer with the hand-over when they fire, lets the customer cancel, takes an offline message when no
 * one is available, and keeps the bot silent while an agent has the conversation.
 */
@Component
class HandoverFlow {

    static final String OFFLINE_MESSAGE = "OFFLINE_MESSAGE";
    static final String AWAIT_EMAIL = "AWAIT_EMAIL";
    /** How many of the customer's latest messages go into an offline ticket, so the team can answer without asking. */
    private static final int TICKET_MESSAGES = 6;
    /** An offline ticket's text limit (Escalation keeps at most 4,000 characters). */
    private static final int TICKET_MAX_CHARS = 4000;

    private final Escalation escalation;
    private final ConversationService conversations;
    private final OrderLookup orders;
    private final BotVoice voice;

    HandoverFlow(Escalation escalation, ConversationService conversations, OrderLookup orders, BotVoice voice) {
        this.escalation = escalation;
        this.conversations = conversations;
        this.orders = orders;
        this.voice = voice;
    }

    boolean withAgent(ConversationView conversation) {
        return escalation.isWithAgent(conversation.id());
    }

    /** The hand-over buttons: cancel the request, or leave a message when no one is available. */
    Optional<BotReply> onChoice(ConversationView conversation, DialogueState state, CustomerInput.Choice choice, int seed) {
        if (choice == null || !Escalation.ACTION.equals(choice.action())) {
            return Optional.empty();
        }
        if (Escalation.CANCEL.equals(choice.value())) {
            escalation.cancel(conversation.id());
            return Optional.of(voice.say(TemplateKey.HANDOVER_CANCELLED, seed).withAct("HANDOVER_CANCELLED"));
        }
        if (Escalation.LEAVE_MESSAGE.equals(choice.value())) {
            state.enter(OFFLINE_MESSAGE, AWAIT_EMAIL, null);
            return Optional.of(voice.say(TemplateKey.OFFLINE_ASK_EMAIL, seed).withAct("OFFLINE_ASK_EMAIL"));
        }
        return Optional.empty();
    }

    /** The e-mail address for an offline message; the message is what the customer wrote in this conversation. */
    Optional<BotReply> resume(ConversationView conversation, DialogueState state, Understanding understanding, int seed) {
        if (!OFFLINE_MESSAGE.equals(state.flow())) {
            return Optional.empty();
        }
        Optional<String> email = understanding.entitiesOf(EmailAddress.class).stream().map(EmailAddress::value)
                .filter(Escalation::isEmailAddress).findFirst();
        if (email.isEmpty()) {
            return Optional.of(voice.say(TemplateKey.OFFLINE_EMAIL_INVALID, seed).withAct("OFFLINE_EMAIL_INVALID"));
        }
        state.leaveFlow();
        return Optional.of(escalation.replyFor(escalation.leaveOfflineMessage(conversation.id(), email.get(),
                customerWords(conversation)), seed));
    }

    /**
     * Replaces {@code reply} by the hand-over when the escalation rules fire for this turn. While the customer is
     * already waiting, only a new request for a person is answered (with the queue position); other turns get the
     * bot's answer as usual.
     */
    BotReply escalateIfNeeded(ConversationView conversation, DialogueState state, Understanding understanding,
                              BotReply reply, int seed) {
        Optional<CustomerProfile> customer = customer(conversation);
        boolean vip = customer.map(CustomerProfile::isVip).orElse(false);
        TurnSignals signals = signals(conversation, state, understanding, reply, vip);
        List<EscalationReason> reasons = escalation.triggers(signals);
        // Whether the customer already waits is asked only when a rule fired: most turns need no such round trip.
        if (reasons.isEmpty() || !handsOver(reasons, escalation.isWaiting(conversation.id()))) {
            return reply;
        }
        HandoffOutcome outcome = escalation.requestHandoff(conversation.id(), reasons, vip,
                customer.map(CustomerProfile::id));
        state.helped(signals.intent());
        return escalation.replyFor(outcome, reasons, seed)
                .map(r -> r.withUnderstanding(signals.intent(), signals.confidence()))
                .orElse(reply);
    }

    /**
     * The escalation rules of a candidate configuration on a replayed turn, decided as {@link #escalateIfNeeded}
     * decides but without asking the queue, storing a hand-over or reading the turn log.
     *
     * @param earlierScores the sentiment of the replayed turns before this one, newest first
     * @param waiting       whether the replay already handed this conversation over
     * @return the reasons when the conversation goes to a person on this turn (the state then counts it as helped),
     *         else empty
     */
    List<EscalationReason> rehearseEscalation(ConversationView conversation, DialogueState state,
                                              Understanding understanding, BotReply reply,
                                              EscalationProperties candidate, List<Double> earlierScores,
                                              boolean waiting) {
        boolean vip = customer(conversation).map(CustomerProfile::isVip).orElse(false);
        TurnSignals signals = signals(conversation, state, understanding, reply, vip);
        List<EscalationReason> reasons = escalation.triggers(signals, candidate, earlierScores);
        if (!handsOver(reasons, waiting)) {
            return List.of();
        }
        state.helped(signals.intent());
        return reasons;
    }

    /** While the customer is already waiting, only a new request for a person is answered (with the queue place). */
    private static boolean handsOver(List<EscalationReason> reasons, boolean waiting) {
        return !reasons.isEmpty() && (!waiting || reasons.contains(EscalationReason.CUSTOMER_ASKED));
    }

    private static TurnSignals signals(ConversationView conversation, DialogueState state, Understanding understanding,
                                       BotReply reply, boolean vip) {
        ScoredIntent top = understanding.classification().top();
        String intent = reply.provenance().intent() != null ? reply.provenance().intent() : top.intent().value();
        double confidence = reply.provenance().confidence() != null ? reply.provenance().confidence() : top.confidence();
        return new TurnSignals(conversation.id(), intent, confidence, understanding.sentiment().score(),
                understanding.sentiment().label().name(), understanding.sentiment().distressCues(), state.failures(),
                understanding.text(), vip);
    }

    private Optional<CustomerProfile> customer(ConversationView conversation) {
        return Optional.ofNullable(conversation.customerId()).filter(CustomerId::isWellFormed).map(CustomerId::new)
                .flatMap(orders::findCustomer);
    }

    private String customerWords(ConversationView conversation) {
        List<String> said = conversations.history(conversation.id()).stream()
                .filter(m -> m.sender() == Sender.CUSTOMER).map(MessageView::text).toList();
        String words = said.subList(Math.max(0, said.size() - TICKET_MESSAGES), said.size()).stream()
                .collect(Collectors.joining("\n"));
        return words.length() > TICKET_MAX_CHARS ? words.substring(words.length() - TICKET_MAX_CHARS) : words;
    }
}
