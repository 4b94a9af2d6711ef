package org.shopchat.bot.escalation.internal;

import java.util.List;
import java.util.UUID;

/** Sentiment scores of a conversation's recent turns, newest first. */
@FunctionalInterface
public interface SentimentHistory {

    List<Double> recentScores(UUID conversationId, int max);
}
