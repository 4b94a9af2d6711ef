package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.Conversation;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.Sender;
import org.shopchat.bot.escalation.Escalation;
import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.intents.Understanding;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides a stored conversation's customer messages again, in order, with a candidate configuration: the same
 * decision as the chat ({@link DialoguePolicy#decide}) and the same escalation rules ({@link HandoverFlow}), on a
 * dialogue state that lives only in memory. Nothing is stored, no message is sent, no hand-over requested, no order
 * looked up or verified: order flows are replayed as far as their first question, and their later steps, hand-over
 * buttons, offline messages and turns a person answered are taken as recorded.
 */
@Component
public class DialogueRehearsal {

    /** Acts of order flows (see {@link OrderFlow.Purpose}): a replay compares these by act, not by their wording. */
    public static final Set<String> ORDER_ACTS = Arrays.stream(OrderFlow.Purpose.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Recorded acts of the offline-message and cancel steps of a hand-over, which store or change a request. */
    private static final Set<String> HANDOVER_STEPS = Set.of("HANDOVER_CANCELLED", "OFFLINE_ASK_EMAIL",
            "OFFLINE_EMAIL_INVALID", "OFFLINE_TICKET");
    private static final String WITH_AGENT = "WITH_AGENT";

    private final DialoguePolicy policy;
    private final OrderFlow orderFlow;
    private final HandoverFlow handover;
    private final Clock clock;

    DialogueRehearsal(DialoguePolicy policy, OrderFlow orderFlow, HandoverFlow handover, Clock clock) {
        this.policy = policy;
        this.orderFlow = orderFlow;
        this.handover = handover;
        this.clock = clock;
    }

    /**
     * @param customerId the shop customer the conversation belongs to (VIP rules), or null
     * @param turns      the customer messages in the order they were sent
     */
    public List<RehearsedTurn> rehearse(UUID conversationId, String customerId, List<RehearsalTurn> turns,
                                        DialogueCandidate candidate) {
        ConversationView conversation = new ConversationView(conversationId, Conversation.Status.OPEN, 0, customerId);
        DialogueState state = new DialogueState(conversationId, clock.instant());
        DialoguePolicy.DecisionRules rules = new DialoguePolicy.DecisionRules(candidate.thresholds(),
                candidate.knowledge(), orderFlow::rehearse);
        List<Double> sentimentNewestFirst = new ArrayList<>();
        boolean waiting = false;
        List<RehearsedTurn> rehearsed = new ArrayList<>(turns.size());
        for (RehearsalTurn turn : turns) {
            Understanding understanding = candidate.nlu().understand(turn.text());
            String skip = notRerun(turn, state);
            if (skip != null) {
                rehearsed.add(RehearsedTurn.notRerun(turn.seq(), skip));
            } else {
                MessageView message = new MessageView(conversationId, turn.seq(), Sender.CUSTOMER, null, turn.text(),
                        "replay-" + turn.seq(), clock.instant(), turn.choice(), null, null);
                BotReply reply = policy.decide(conversation, state, message, understanding, (int) turn.seq(), rules);
                List<EscalationReason> reasons = handover.rehearseEscalation(conversation, state, understanding,
                        reply, candidate.escalation(), sentimentNewestFirst, waiting);
                waiting |= !reasons.isEmpty();
                rehearsed.add(outcome(turn.seq(), understanding, reply, reasons));
            }
            // The sentiment trend of the live rules reads every earlier turn of the conversation, answered or not.
            sentimentNewestFirst.addFirst(understanding.sentiment().score());
        }
        return rehearsed;
    }

    private static String notRerun(RehearsalTurn turn, DialogueState state) {
        if (WITH_AGENT.equals(turn.recordedAct())) {
            return "a person had the conversation";
        }
        if (turn.choice() != null && Escalation.ACTION.equals(turn.choice().action())
                || HANDOVER_STEPS.contains(turn.recordedAct())) {
            return "a hand-over step (cancel or offline message)";
        }
        if (state.flow() != null && state.flow().equals(turn.recordedAct())) {
            return "a step of the order flow (order checks are not replayed)";
        }
        return null;
    }

    private static RehearsedTurn outcome(long seq, Understanding understanding, BotReply reply,
                                         List<EscalationReason> reasons) {
        Turn.Reading reading = DialoguePolicy.reading(understanding);
        BotReply.Provenance provenance = reply.provenance();
        if (!reasons.isEmpty()) {
            return new RehearsedTurn(seq, true, reading.intent(), reading.confidence(), Escalation.HANDOVER_ACT, null,
                    null, reasons, null);
        }
        return new RehearsedTurn(seq, true, reading.intent(), reading.confidence(), provenance.act(),
                provenance.articleId() == null ? provenance.templateId() : null, provenance.articleId(), reasons,
                null);
    }
}
