package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything an agent needs to take over without asking the customer to repeat anything; assembled and stored
 * when the conversation is escalated.
 *
 * @param customer   the shop customer, when the conversation is identified; else null
 * @param reasons    escalation reasons (enum names)
 * @param summary    one line built from the agent-facing summary templates, parts joined with "; "
 * @param transcript every message up to the escalation, in order
 * @param turns      per customer message: what the bot understood and how the customer felt
 * @param articles   knowledge articles the bot showed, with the customer's feedback
 * @param orders     orders the conversation looked up (and proved it may see)
 */
public record ContextPacket(UUID conversationId, Instant escalatedAt, Customer customer, boolean vip,
                            List<String> reasons, String summary, List<ChatLine> transcript, List<TurnReading> turns,
                            List<ArticleShown> articles, List<OrderSeen> orders, int failedVerifications) {

    public ContextPacket {
        reasons = List.copyOf(reasons);
        transcript = List.copyOf(transcript);
        turns = List.copyOf(turns);
        articles = List.copyOf(articles);
        orders = List.copyOf(orders);
    }

    public record Customer(String id, String name, String email, String tier) {
    }

    public record TurnReading(long messageSeq, String intent, Double confidence, String secondIntent,
                              Double secondConfidence, boolean outOfScope, double sentimentScore,
                              String sentimentLabel, String entities, String act) {
    }

    /** @param helpful the customer's "did this help?", null when they did not answer */
    public record ArticleShown(long messageSeq, String articleId, Integer revision, Double retrievalScore,
                               Boolean helpful) {
    }

    public record OrderSeen(String orderNumber, String status, boolean delayed, String estimatedDelivery) {
    }
}
