package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.bot.escalation.TurnSignals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The configurable rules that send a conversation to a person; each rule that fires is a recorded reason. */
public final class EscalationTriggers {

    private final EscalationProperties properties;
    private final SentimentHistory history;
    private final Pattern askForPerson;
    private final Set<String> askIntents;
    private final Set<String> sensitiveIntents;
    private final Set<String> sensitiveCues;

    public EscalationTriggers(EscalationProperties properties, SentimentHistory history) {
        this.properties = properties;
        this.history = history;
        this.askForPerson = properties.askForPersonKeywords().isEmpty() ? null : Pattern.compile(
                properties.askForPersonKeywords().stream().map(String::strip).filter(k -> !k.isEmpty())
                        .map(k -> "\\b" + Pattern.quote(k.toLowerCase(Locale.ROOT)) + "\\b")
                        .collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.askIntents = Set.copyOf(properties.askForPersonIntents());
        this.sensitiveIntents = Set.copyOf(properties.sensitiveIntents());
        this.sensitiveCues = Set.copyOf(properties.sensitiveCues());
    }

    public List<EscalationReason> triggers(TurnSignals signals) {
        List<EscalationReason> reasons = new ArrayList<>();
        if (asksForPerson(signals)) {
            reasons.add(EscalationReason.CUSTOMER_ASKED);
        }
        if (signals.failures() >= properties.failuresBeforeEscalation()) {
            reasons.add(EscalationReason.REPEATED_FAILURE);
        }
        if ("DISTRESSED".equalsIgnoreCase(signals.sentimentLabel()) || sentimentTrendBelowThreshold(signals)) {
            reasons.add(EscalationReason.NEGATIVE_EMOTION);
        }
        if (sensitive(signals)) {
            reasons.add(EscalationReason.SENSITIVE_TOPIC);
        }
        return List.copyOf(reasons);
    }

    private boolean asksForPerson(TurnSignals signals) {
        return confident(signals) && askIntents.contains(signals.intent())
                || askForPerson != null && askForPerson.matcher(signals.text()).find();
    }

    private boolean sensitive(TurnSignals signals) {
        return confident(signals) && sensitiveIntents.contains(signals.intent())
                || signals.distressCues().stream().anyMatch(sensitiveCues::contains);
    }

    private boolean confident(TurnSignals signals) {
        return signals.intent() != null && signals.confidence() >= properties.minIntentConfidence();
    }

    /** The mean over this turn and the turns before it; needs a full window, so one bad message is not a trend. */
    private boolean sentimentTrendBelowThreshold(TurnSignals signals) {
        int window = properties.sentimentTrendTurns();
        List<Double> earlier = history.recentScores(signals.conversationId(), window - 1);
        if (earlier.size() < window - 1) {
            return false;
        }
        double sum = signals.sentimentScore() + earlier.stream().mapToDouble(Double::doubleValue).sum();
        return sum / window < properties.sentimentTrendThreshold();
    }
}
