package org.shopchat.bot.escalation.internal;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.escalation.EscalationReason;
import org.shopchat.bot.escalation.TurnSignals;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each escalation rule on its own, with the defaults of application.yaml. */
class EscalationTriggersTests {

    static final EscalationProperties DEFAULTS = new EscalationProperties(
            List.of("contact_human_agent"), List.of("human", "real person", "speak to someone"), 0.5, 2, 3, -0.35,
            List.of("complaint", "payment_issue", "delete_account"), List.of("legal_threat"),
            Duration.ofMinutes(10), Duration.ofMinutes(5), 3, Duration.ofMinutes(6), 20, Duration.ofMinutes(2),
            new EscalationProperties.Hours(ZoneId.of("Europe/London"), "Mon–Fri 08:00–20:00",
                    Map.of(), List.of()));

    private final UUID conversation = UUID.randomUUID();
    private List<Double> earlierScores = List.of();
    private final EscalationTriggers triggers = new EscalationTriggers(DEFAULTS,
            (id, max) -> earlierScores.subList(0, Math.min(max, earlierScores.size())));

    private TurnSignals turn(String intent, double confidence, double sentiment, String label, List<String> cues,
                             int failures, String text) {
        return new TurnSignals(conversation, intent, confidence, sentiment, label, cues, failures, text, false);
    }

    private TurnSignals calm(String intent, double confidence, String text) {
        return turn(intent, confidence, 0.0, "NEUTRAL", List.of(), 0, text);
    }

    @Test
    void anOrdinaryQuestionTriggersNothing() {
        assertThat(triggers.triggers(calm("delivery_period", 0.9, "how long does delivery take?"))).isEmpty();
    }

    @Test
    void escalatesAtOnceWhenTheCustomerAsksForAPersonByIntent() {
        assertThat(triggers.triggers(calm("contact_human_agent", 0.8, "get me someone from your team")))
                .containsExactly(EscalationReason.CUSTOMER_ASKED);
    }

    @Test
    void escalatesWhenTheCustomerAsksForAPersonInWordsTheClassifierMissed() {
        assertThat(triggers.triggers(calm("track_order", 0.4, "I want to talk to a HUMAN please")))
                .containsExactly(EscalationReason.CUSTOMER_ASKED);
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertThat(triggers.triggers(calm("product_question", 0.9, "is this jumper humane wool?"))).isEmpty();
    }

    @Test
    void anUnsureAskForPersonIntentIsNotEnough() {
        assertThat(triggers.triggers(calm("contact_human_agent", 0.3, "hmm ok"))).isEmpty();
    }

    @Test
    void escalatesAfterTheConfiguredNumberOfFailures() {
        assertThat(triggers.triggers(turn("track_order", 0.2, 0, "NEUTRAL", List.of(), 1, "blah"))).isEmpty();
        assertThat(triggers.triggers(turn("track_order", 0.2, 0, "NEUTRAL", List.of(), 2, "blah")))
                .containsExactly(EscalationReason.REPEATED_FAILURE);
    }

    @Test
    void escalatesADistressedMessage() {
        assertThat(triggers.triggers(turn("track_order", 0.9, -0.2, "DISTRESSED", List.of("shouting"), 0, "WHERE IS IT")))
                .containsExactly(EscalationReason.NEGATIVE_EMOTION);
    }

    @Test
    void escalatesWhenTheSentimentTrendOverTheLastTurnsIsBelowTheThreshold() {
        earlierScores = List.of(-0.5, -0.4);
        assertThat(triggers.triggers(turn("track_order", 0.9, -0.3, "NEGATIVE", List.of(), 0, "still nothing")))
                .containsExactly(EscalationReason.NEGATIVE_EMOTION);
    }

    @Test
    void oneNegativeMessageIsNotATrend() {
        earlierScores = List.of();
        assertThat(triggers.triggers(turn("track_order", 0.9, -0.9, "NEGATIVE", List.of(), 0, "this is bad"))).isEmpty();
        earlierScores = List.of(0.4, 0.3);
        assertThat(triggers.triggers(turn("track_order", 0.9, -0.9, "NEGATIVE", List.of(), 0, "this is bad"))).isEmpty();
    }

    @Test
    void escalatesSensitiveTopics() {
        assertThat(triggers.triggers(calm("complaint", 0.7, "I want to make a complaint")))
                .containsExactly(EscalationReason.SENSITIVE_TOPIC);
        assertThat(triggers.triggers(calm("delete_account", 0.9, "close my account")))
                .containsExactly(EscalationReason.SENSITIVE_TOPIC);
    }

    @Test
    void aLegalThreatMakesAnyTopicSensitive() {
        assertThat(triggers.triggers(turn("get_refund", 0.9, -0.2, "NEGATIVE", List.of("legal_threat"), 0,
                "refund me or I'll see you in court"))).containsExactly(EscalationReason.SENSITIVE_TOPIC);
    }

    @Test
    void reportsEveryRuleThatFires() {
        earlierScores = List.of(-0.6, -0.6);
        assertThat(triggers.triggers(turn("complaint", 0.9, -0.8, "DISTRESSED", List.of("legal_threat"), 3,
                "this is useless, get me a human or I'm calling my solicitor")))
                .containsExactly(EscalationReason.CUSTOMER_ASKED, EscalationReason.REPEATED_FAILURE,
                        EscalationReason.NEGATIVE_EMOTION, EscalationReason.SENSITIVE_TOPIC);
    }
}
