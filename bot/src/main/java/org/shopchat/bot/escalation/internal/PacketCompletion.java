package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.ConversationEscalated;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ContextPacket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The dialogue logs a turn after deciding its reply, so the turn of the message that escalated is not in the
 * packet assembled during that decision. Once the turn is committed, this adds the readings of every message of
 * the packet's transcript (that one included) and builds the summary again, so the mood and topic of the last
 * message count too.
 */
@Component
class PacketCompletion {

    private static final Logger log = LoggerFactory.getLogger(PacketCompletion.class);

    private final HandoffRepository handoffs;
    private final ConversationRecord record;
    private final ContextPacketAssembler packets;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    PacketCompletion(HandoffRepository handoffs, ConversationRecord record, ContextPacketAssembler packets,
                     JsonMapper json, PlatformTransactionManager transactionManager) {
        this.handoffs = handoffs;
        this.record = record;
        this.packets = packets;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Order(0)
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationEscalated escalated) {
        try {
            transactions.executeWithoutResult(status -> handoffs.findById(escalated.handoffId()).ifPresent(this::complete));
        } catch (RuntimeException e) {
            // The packet stays as assembled (without the last turn's reading); the hand-over itself is unaffected.
            log.warn("Context packet of hand-over {} not completed: {}", escalated.handoffId(), e.getMessage());
        }
    }

    private void complete(Handoff handoff) {
        ContextPacket packet = json.readValue(handoff.getPacket(), ContextPacket.class);
        long lastSeq = packet.transcript().stream().mapToLong(ChatLine::seq).max().orElse(0);
        List<ContextPacket.TurnReading> turns = record.turns(handoff.getConversationId()).stream()
                .filter(t -> t.messageSeq() <= lastSeq).toList();
        if (!turns.equals(packet.turns())) {
            ContextPacket completed = packets.withTurns(packet, turns);
            handoff.completePacket(completed.summary(), json.writeValueAsString(completed));
        }
    }
}
