package org.shopchat.bot.escalation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the dialogue knows about the customer's latest message, for deciding whether a person should take over.
 *
 * @param intent         the top intent (null when none)
 * @param sentimentLabel DISTRESSED, NEGATIVE, NEUTRAL or POSITIVE
 * @param distressCues   cue names from the NLU, e.g. {@code legal_threat}
 * @param failures       consecutive not-understood or unhelpful turns, this one included
 * @param text           the customer's message as stored
 * @param vip            the customer is identified and has the VIP tier
 */
public record TurnSignals(UUID conversationId, String intent, double confidence, double sentimentScore,
                          String sentimentLabel, List<String> distressCues, int failures, String text, boolean vip) {

    public TurnSignals {
        Objects.requireNonNull(conversationId, "conversationId");
        distressCues = distressCues == null ? List.of() : List.copyOf(distressCues);
        text = text == null ? "" : text;
        sentimentLabel = sentimentLabel == null ? "NEUTRAL" : sentimentLabel;
    }
}
