package org.shopchat.bot.escalation.internal;

import org.shopchat.console.handoff.ContextPacket;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads what other modules recorded about a conversation, straight from their tables: the dialogue's turn log,
 * the knowledge base's feedback, the orders module's identity checks. Read-only; the tables are their owners'.
 */
@Component
public class ConversationRecord implements SentimentHistory {

    private final JdbcTemplate jdbc;

    ConversationRecord(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ContextPacket.TurnReading> turns(UUID conversationId) {
        return jdbc.query("select message_seq, intent, confidence, second_intent, second_confidence, out_of_scope, "
                        + "sentiment_score, sentiment_label, entities, act from turn where conversation_id = ? order by message_seq",
                (rs, i) -> new ContextPacket.TurnReading(rs.getLong(1), rs.getString(2), (Double) rs.getObject(3, Double.class),
                        rs.getString(4), rs.getObject(5, Double.class), rs.getBoolean(6), rs.getDouble(7),
                        rs.getString(8), rs.getString(9), rs.getString(10)),
                conversationId);
    }

    @Override
    public List<Double> recentScores(UUID conversationId, int max) {
        if (max <= 0) {
            return List.of();
        }
        return jdbc.query("select sentiment_score from turn where conversation_id = ? order by message_seq desc "
                + "fetch first " + max + " rows only", (rs, i) -> rs.getDouble(1), conversationId);
    }

    /** The customer's "did this help?" per bot message seq. */
    public Map<Long, Boolean> articleFeedback(UUID conversationId) {
        return jdbc.query("select message_seq, helpful from kb_feedback where conversation_id = ?",
                        (rs, i) -> Map.entry(rs.getLong(1), rs.getBoolean(2)), conversationId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }

    /** Orders this conversation proved it may see, in the order it did. */
    public List<String> verifiedOrders(UUID conversationId) {
        return jdbc.queryForList("select order_number from verified_order where conversation_id = ? order by verified_at",
                String.class, conversationId);
    }

    /** The shop customer the conversation was identified as (signed customer token), if any. */
    public java.util.Optional<String> customerId(UUID conversationId) {
        return jdbc.queryForList("select customer_id from conversation where id = ?", String.class, conversationId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    public int failedVerifications(UUID conversationId) {
        return jdbc.queryForList("select failures from order_verification_attempt where conversation_id = ?",
                Integer.class, conversationId).stream().findFirst().orElse(0);
    }
}
