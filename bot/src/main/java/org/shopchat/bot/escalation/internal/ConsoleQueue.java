package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.escalation.HandoffResolved;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.ActiveHandoff;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.NotYourHandoffException;
import org.shopchat.console.handoff.Resolution;
import org.shopchat.console.handoff.WaitingHandoff;
import org.shopchat.kb.TemplateKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The console's queue port: claiming, resolving, releasing and transferring hand-overs. */
@Service
class ConsoleQueue implements HandoffQueue {

    private final HandoffRepository handoffs;
    private final WaitingLine line;
    private final ConversationService conversations;
    private final BotVoice voice;
    private final ApplicationEventPublisher events;
    private final EscalationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConsoleQueue(HandoffRepository handoffs, WaitingLine line, ConversationService conversations, BotVoice voice,
                 ApplicationEventPublisher events, EscalationProperties properties,
                 PlatformTransactionManager transactionManager, Clock clock) {
        this.handoffs = handoffs;
        this.line = line;
        this.conversations = conversations;
        this.voice = voice;
        this.events = events;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WaitingHandoff> waiting() {
        return line.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActiveHandoff> claimedBy(String username) {
        return handoffs.findByStatusAndClaimedByOrderByClaimedAt(HandoffStatus.CLAIMED, username).stream()
                .map(ConsoleQueue::active).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActiveHandoff> active(UUID handoffId) {
        return handoffs.findById(handoffId).filter(h -> h.getStatus() == HandoffStatus.CLAIMED).map(ConsoleQueue::active);
    }

    /**
     * A conditional update decides the winner; the database serialises concurrent claims on the row. A claim the
     * database refuses because of a concurrent one lost the race.
     */
    @Override
    public ClaimResult claim(UUID handoffId, Agent agent) {
        ClaimResult result;
        try {
            result = transactions.execute(status -> claimInTransaction(handoffId, agent));
        } catch (ConcurrencyFailureException e) {
            result = new ClaimResult.AlreadyTaken(handoffs.findById(handoffId).map(Handoff::getClaimedByName).orElse(null));
        }
        return result;
    }

    private ClaimResult claimInTransaction(UUID handoffId, Agent agent) {
        long open = handoffs.countByStatusAndClaimedBy(HandoffStatus.CLAIMED, agent.username());
        if (open >= properties.maxChatsPerAgent()) {
            return new ClaimResult.AtCapacity(properties.maxChatsPerAgent());
        }
        int updated = handoffs.claim(handoffId, agent.username(), agent.displayName(), clock.instant(),
                HandoffStatus.WAITING, HandoffStatus.CLAIMED);
        Optional<Handoff> handoff = handoffs.findById(handoffId);
        if (updated == 0 || handoff.isEmpty()) {
            return new ClaimResult.AlreadyTaken(handoff.map(Handoff::getClaimedByName).orElse(null));
        }
        UUID conversationId = handoff.get().getConversationId();
        conversations.postFromBot(conversationId, voice.say(TemplateKey.AGENT_JOINED,
                Map.of("agentName", agent.displayName()), 0).withAct(EscalationActs.AGENT_JOINED));
        events.publishEvent(new QueueChanged(null));
        return new ClaimResult.Claimed(handoffId, conversationId);
    }

    @Override
    @Transactional
    public void resolve(UUID handoffId, Agent agent, Resolution resolution, String note) {
        Handoff handoff = owned(handoffId, agent);
        handoff.resolve(resolution.name(), note == null || note.isBlank() ? null : note, clock.instant());
        UUID conversationId = handoff.getConversationId();
        conversations.postFromBot(conversationId, voice.say(TemplateKey.AGENT_LEFT_BOT_BACK,
                Map.of("botName", voice.botName()), 0).withAct(EscalationActs.BOT_BACK));
        if (handoff.getResolutionNote() != null) {
            // The agent's own words, quoted by the bot so it continues in context.
            conversations.postFromBot(conversationId, voice.say(TemplateKey.BOT_RESUMES_BRIEFING,
                    Map.of("summary", handoff.getResolutionNote()), 0).withAct(EscalationActs.BOT_BACK));
        }
        events.publishEvent(new HandoffEnded(handoffId, agent.username()));
        events.publishEvent(new HandoffResolved(conversationId, handoffId, agent.username(), resolution.name()));
        events.publishEvent(new QueueChanged(null));
    }

    @Override
    @Transactional
    public void releaseToQueue(UUID handoffId, Agent agent) {
        Handoff handoff = owned(handoffId, agent);
        handoff.release();
        handoffs.flush();
        int position = line.positionOf(handoffId);
        conversations.postFromBot(handoff.getConversationId(), voice.say(TemplateKey.HANDOVER_BACK_IN_QUEUE,
                Map.of("agentName", agent.displayName(), "position", String.valueOf(position),
                        "waitMinutes", String.valueOf(line.waitMinutes(position))), position)
                .withAct(EscalationActs.QUEUE_POSITION));
        handoff.notified(position, clock.instant());
        events.publishEvent(new HandoffEnded(handoffId, agent.username()));
        events.publishEvent(new QueueChanged(null));
    }

    @Override
    @Transactional
    public boolean transfer(UUID handoffId, Agent from, Agent to) {
        Handoff handoff = owned(handoffId, from);
        if (handoffs.countByStatusAndClaimedBy(HandoffStatus.CLAIMED, to.username()) >= properties.maxChatsPerAgent()) {
            return false;
        }
        handoff.transferTo(to.username(), to.displayName());
        conversations.postFromBot(handoff.getConversationId(), voice.say(TemplateKey.AGENT_JOINED,
                Map.of("agentName", to.displayName()), 1).withAct(EscalationActs.AGENT_JOINED));
        events.publishEvent(new HandoffEnded(handoffId, from.username()));
        events.publishEvent(new HandoffTransferred(handoffId, to.username(), from.displayName()));
        return true;
    }

    private Handoff owned(UUID handoffId, Agent agent) {
        return handoffs.findById(handoffId)
                .filter(h -> h.getStatus() == HandoffStatus.CLAIMED && agent.username().equals(h.getClaimedBy()))
                .orElseThrow(() -> new NotYourHandoffException(handoffId));
    }

    private static ActiveHandoff active(Handoff h) {
        return new ActiveHandoff(h.getId(), h.getConversationId(), h.getClaimedBy(), h.getClaimedByName(),
                h.getClaimedAt(), h.isVip(), h.reasonNames(), h.getSummary());
    }
}
