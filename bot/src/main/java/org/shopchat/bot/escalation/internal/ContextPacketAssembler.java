package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import java.util.UUID;

/** Gathers the context packet at escalation time from the conversation, the turn log, feedback and orders. */
@Component
public class ContextPacketAssembler {

    private static final Map<String, TemplateKey> STATUS_LABELS = Map.of(
            "PLACED", TemplateKey.STATUS_PLACED, "PACKING", TemplateKey.STATUS_PACKING,
            "SHIPPED", TemplateKey.STATUS_SHIPPED, "OUT_FOR_DELIVERY", TemplateKey.STATUS_OUT_FOR_DELIVERY,
            "DELIVERED", TemplateKey.STATUS_DELIVERED, "CANCELLED", TemplateKey.STATUS_CANCELLED,
            "RETURNED", TemplateKey.STATUS_RETURNED);

    private final ConversationService conversations;
    private final ConversationRecord record;
    private final OrderLookup orders;
    private final BotVoice voice;
    private final EscalationProperties properties;

    ContextPacketAssembler(ConversationService conversations, ConversationRecord record, OrderLookup orders,
                           BotVoice voice, EscalationProperties properties) {
        this.conversations = conversations;
        this.record = record;
        this.orders = orders;
        this.voice = voice;
        this.properties = properties;
    }

    public ContextPacket assemble(UUID conversationId, List<EscalationReason> reasons, boolean vip,
                                  Optional<CustomerId> customerId, Instant now) {
        Optional<CustomerProfile> profile = customerId
                .or(() -> record.customerId(conversationId).filter(CustomerId::isWellFormed).map(CustomerId::new))
                .flatMap(orders::findCustomer);
        boolean isVip = vip || profile.map(CustomerProfile::isVip).orElse(false);
        List<MessageView> messages = conversations.history(conversationId);
        Map<Long, Boolean> feedback = record.articleFeedback(conversationId);
        List<ContextPacket.ArticleShown> articles = messages.stream()
                .filter(m -> m.provenance() != null && m.provenance().articleId() != null)
                .map(m -> new ContextPacket.ArticleShown(m.seq(), m.provenance().articleId(),
                        m.provenance().articleRevision(), m.provenance().retrievalScore(), feedback.get(m.seq())))
                .toList();
        List<ContextPacket.OrderSeen> seen = record.verifiedOrders(conversationId).stream()
                .map(orders::findByNumber).flatMap(Optional::stream)
                .map(o -> new ContextPacket.OrderSeen(o.orderNumber(), o.status().name(), o.delayed(),
                        o.estimatedDelivery().toString()))
                .toList();
        ContextPacket draft = new ContextPacket(conversationId, now,
                profile.map(p -> new ContextPacket.Customer(p.id().value(), p.name(), p.email(), p.tier().name())).orElse(null),
                isVip, reasons.stream().map(Enum::name).toList(), "", messages.stream().map(ContextPacketAssembler::line).toList(),
                record.turns(conversationId), articles, seen, record.failedVerifications(conversationId));
        String summary = SummaryLine.build(voice, draft, STATUS_LABELS, properties.minIntentConfidence());
        return new ContextPacket(draft.conversationId(), draft.escalatedAt(), draft.customer(), draft.vip(),
                draft.reasons(), summary, draft.transcript(), draft.turns(), draft.articles(), draft.orders(),
                draft.failedVerifications());
    }

    /**
     * The packet with the turn readings the dialogue logged for its transcript, and the summary made again from
     * them: the turn of the message that escalated is logged only after the escalation decided.
     */
    ContextPacket withTurns(ContextPacket packet, List<ContextPacket.TurnReading> turns) {
        ContextPacket draft = new ContextPacket(packet.conversationId(), packet.escalatedAt(), packet.customer(),
                packet.vip(), packet.reasons(), "", packet.transcript(), turns, packet.articles(), packet.orders(),
                packet.failedVerifications());
        String summary = SummaryLine.build(voice, draft, STATUS_LABELS, properties.minIntentConfidence());
        return new ContextPacket(draft.conversationId(), draft.escalatedAt(), draft.customer(), draft.vip(),
                draft.reasons(), summary, draft.transcript(), turns, draft.articles(), draft.orders(),
                draft.failedVerifications());
    }

    static ChatLine line(MessageView m) {
        Attachments.ArticleLink link = m.attachments() == null ? null : m.attachments().article();
        return new ChatLine(m.seq(), m.sender().name(), m.author(), m.text(), m.createdAt(),
                m.provenance() == null ? null : m.provenance().intent(),
                m.provenance() == null ? null : m.provenance().confidence(),
                link == null ? null : new ChatLine.ArticleRef(link.id(), link.title(), link.url()));
    }
}
