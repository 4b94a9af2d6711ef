package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.WaitingHandoff;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The customers waiting for a person, in the order they will be served, with their estimated waits. */
@Component
public class WaitingLine {

    private final HandoffRepository handoffs;
    private final AgentPresence presence;
    private final EscalationProperties properties;

    WaitingLine(HandoffRepository handoffs, AgentPresence presence, EscalationProperties properties) {
        this.handoffs = handoffs;
        this.presence = presence;
        this.properties = properties;
    }

    public List<Handoff> inOrder() {
        return handoffs.findByStatusOrderByPriorityAtAscRequestedAtAsc(HandoffStatus.WAITING);
    }

    /** 1-based place of the hand-over, or 0 when it is not waiting. */
    public int positionOf(UUID handoffId) {
        List<Handoff> line = inOrder();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).getId().equals(handoffId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public int waitMinutes(int position) {
        List<Duration> recent = handoffs.findByStatusAndClaimedAtNotNullOrderByEndedAtDesc(HandoffStatus.RESOLVED,
                        Limit.of(properties.handleTimeSample())).stream()
                .map(h -> Duration.between(h.getClaimedAt(), h.getEndedAt())).toList();
        int slots = presence.online().size() * properties.maxChatsPerAgent();
        return WaitEstimate.minutes(position, WaitEstimate.averageHandleTime(recent, properties.defaultHandleTime()), slots);
    }

    public List<WaitingHandoff> view() {
        List<Handoff> line = inOrder();
        List<WaitingHandoff> views = new ArrayList<>(line.size());
        for (int i = 0; i < line.size(); i++) {
            Handoff h = line.get(i);
            views.add(new WaitingHandoff(h.getId(), h.getConversationId(), h.getRequestedAt(), i + 1, h.isVip(),
                    h.isDistressed(), h.reasonNames(), h.getSummary(), waitMinutes(i + 1)));
        }
        return views;
    }
}
