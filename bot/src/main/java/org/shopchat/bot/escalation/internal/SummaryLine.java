package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.ContextPacket;
import org.shopchat.kb.TemplateKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agent's one-line summary ("Order NW-123456 delayed; 2 unhelpful answers; distressed"), made only of the
 * editor-approved SUMMARY_* templates, parts joined with "; ". Values are data (order numbers, counts, intent names).
 */
final class SummaryLine {

    /** Turn acts that mean the bot did not understand. */
    private static final Set<String> NOT_UNDERSTOOD_ACTS = Set.of("NOT_UNDERSTOOD", "REPHRASE_HELP", "OFFER_HUMAN");
    /** Intents that say nothing about what the conversation is about. */
    private static final Set<String> NOT_A_TOPIC = Set.of("greeting", "thanks", "goodbye", "affirm", "deny",
            "contact_human_agent", "contact_customer_service", "out_of_scope");
    private static final Map<String, Integer> MOOD_RANK = Map.of("DISTRESSED", 0, "NEGATIVE", 1);

    private SummaryLine() {
    }

    static String build(BotVoice voice, ContextPacket packet, Map<String, TemplateKey> statusLabels, double minConfidence) {
        List<String> parts = new ArrayList<>();
        for (ContextPacket.OrderSeen order : packet.orders()) {
            parts.add(order.delayed()
                    ? say(voice, TemplateKey.SUMMARY_ORDER_DELAYED, Map.of("orderNumber", order.orderNumber()))
                    : say(voice, TemplateKey.SUMMARY_ORDER_LOOKUP, Map.of("orderNumber", order.orderNumber(),
                    "status", statusLabels.containsKey(order.status()) ? voice.label(statusLabels.get(order.status()))
                            : order.status().toLowerCase(Locale.ROOT))));
        }
        long unhelpful = packet.articles().stream().filter(a -> Boolean.FALSE.equals(a.helpful())).count();
        if (unhelpful > 0) {
            parts.add(say(voice, TemplateKey.SUMMARY_UNHELPFUL_ANSWERS, Map.of("count", String.valueOf(unhelpful))));
        }
        long notUnderstood = packet.turns().stream().filter(t -> NOT_UNDERSTOOD_ACTS.contains(t.act())).count();
        if (notUnderstood > 0) {
            parts.add(say(voice, TemplateKey.SUMMARY_NOT_UNDERSTOOD, Map.of("count", String.valueOf(notUnderstood))));
        }
        if (packet.failedVerifications() > 0) {
            parts.add(say(voice, TemplateKey.SUMMARY_VERIFICATION_FAILED,
                    Map.of("count", String.valueOf(packet.failedVerifications()))));
        }
        packet.turns().reversed().stream()
                .filter(t -> t.intent() != null && !NOT_A_TOPIC.contains(t.intent()) && !t.outOfScope()
                        && t.confidence() != null && t.confidence() >= minConfidence)
                .findFirst()
                .ifPresent(t -> parts.add(say(voice, TemplateKey.SUMMARY_TOPIC, Map.of("intent", t.intent()))));
        packet.turns().stream().map(ContextPacket.TurnReading::sentimentLabel).filter(MOOD_RANK::containsKey)
                .min(Comparator.comparing(MOOD_RANK::get))
                .ifPresent(mood -> parts.add(say(voice, TemplateKey.SUMMARY_SENTIMENT,
                        Map.of("label", mood.toLowerCase(Locale.ROOT)))));
        if (packet.vip()) {
            parts.add(say(voice, TemplateKey.SUMMARY_VIP, Map.of()));
        }
        if (!packet.reasons().isEmpty()) {
            parts.add(say(voice, TemplateKey.SUMMARY_REASON, Map.of("reason", packet.reasons().stream()
                    .map(r -> EscalationReason.valueOf(r).words()).collect(Collectors.joining(", ")))));
        }
        return String.join("; ", parts);
    }

    private static String say(BotVoice voice, TemplateKey key, Map<String, String> values) {
        return voice.say(key, values, 0).text();
    }
}
