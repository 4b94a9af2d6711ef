package org.shopchat.bot.analytics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the dashboard counts from the stored conversations of a time range: one query per table, each limited
 * to the range's conversations, and at most {@code maxConversations} conversations (the newest). Plain SQL that
 * runs on H2 and PostgreSQL. Changes nothing.
 */
@Component
class StoredConversations {

    private static final String IN_RANGE = " where conversation_id in (select id from conversation"
            + " where created_at >= ? and created_at < ?)";

    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;

    StoredConversations(JdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Conversations started in {@code [from, until)}, each with everything stored about it. */
    Map<UUID, StoredConversation> between(Instant from, Instant until) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        Map<UUID, StoredConversation> found = new LinkedHashMap<>();
        jdbc.query("select c.id, c.created_at, c.customer_id, cu.tier from conversation c"
                        + " left join customer cu on cu.id = c.customer_id"
                        + " where c.created_at >= ? and c.created_at < ? order by c.created_at desc"
                        + " fetch first " + properties.maxConversations() + " rows only",
                (RowCallbackHandler) row -> {
                    UUID id = row.getObject("id", UUID.class);
                    found.put(id, new StoredConversation(id, instant(row, "created_at"), row.getString("customer_id"),
                            row.getString("tier")));
                }, start, end);
        jdbc.query("select conversation_id, seq, sender, created_at from message" + IN_RANGE + " order by conversation_id, seq",
                (RowCallbackHandler) row -> with(found, row, c -> c.messages.add(new StoredMessage(row.getLong("seq"),
                        row.getString("sender"), instant(row, "created_at")))), start, end);
        jdbc.query("select conversation_id, message_seq, intent, confidence, out_of_scope, act from turn" + IN_RANGE
                        + " order by conversation_id, message_seq",
                (RowCallbackHandler) row -> with(found, row, c -> c.turns.add(new StoredTurn(row.getLong("message_seq"),
                        row.getString("intent"), row.getObject("confidence", Double.class),
                        row.getBoolean("out_of_scope"), row.getString("act")))), start, end);
        jdbc.query("select id, conversation_id, status, reasons, requested_at, claimed_at, claimed_by, claimed_by_name,"
                        + " ended_at from handoff" + IN_RANGE + " order by requested_at",
                (RowCallbackHandler) row -> with(found, row, c -> c.handoffs.add(new StoredHandoff(
                        row.getObject("id", UUID.class), row.getString("status"),
                        Arrays.stream(row.getString("reasons").split(",")).filter(r -> !r.isBlank()).toList(),
                        instant(row, "requested_at"), instant(row, "claimed_at"), row.getString("claimed_by"),
                        row.getString("claimed_by_name"), instant(row, "ended_at")))), start, end);
        jdbc.query("select conversation_id, phase, agent_username, agent_name, article_id, intent, status, rating"
                        + " from survey" + IN_RANGE,
                (RowCallbackHandler) row -> with(found, row, c -> c.surveys.add(new StoredSurvey(
                        SurveyPhase.valueOf(row.getString("phase")), row.getString("agent_username"),
                        row.getString("agent_name"), row.getString("article_id"), row.getString("intent"),
                        row.getString("status"), row.getObject("rating", Integer.class)))), start, end);
        jdbc.query("select conversation_id, article_id, helpful from kb_feedback" + IN_RANGE,
                (RowCallbackHandler) row -> with(found, row, c -> c.feedback.add(new StoredFeedback(
                        row.getString("article_id"), row.getBoolean("helpful")))), start, end);
        jdbc.query("select conversation_id, status from offline_ticket" + IN_RANGE,
                (RowCallbackHandler) row -> with(found, row, c -> c.tickets.add(row.getString("status"))), start, end);
        return found;
    }

    /** Offline tickets not closed yet, whenever they were written. */
    long openTickets() {
        Long open = jdbc.queryForObject("select count(*) from offline_ticket where status <> 'CLOSED'", Long.class);
        return open == null ? 0 : open;
    }

    private interface RowConsumer {
        void accept(StoredConversation conversation) throws SQLException;
    }

    private static void with(Map<UUID, StoredConversation> found, ResultSet row, RowConsumer add) throws SQLException {
        StoredConversation conversation = found.get(row.getObject("conversation_id", UUID.class));
        if (conversation != null) {
            add.accept(conversation);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** One conversation as stored; lists in stored order. */
    static final class StoredConversation {
        final UUID id;
        final Instant createdAt;
        final String customerId;
        final String tier;
        final List<StoredMessage> messages = new ArrayList<>();
        final List<StoredTurn> turns = new ArrayList<>();
        final List<StoredHandoff> handoffs = new ArrayList<>();
        final List<StoredSurvey> surveys = new ArrayList<>();
        final List<StoredFeedback> feedback = new ArrayList<>();
        final List<String> tickets = new ArrayList<>();

        StoredConversation(UUID id, Instant createdAt, String customerId, String tier) {
            this.id = id;
            this.createdAt = createdAt;
            this.customerId = customerId;
            this.tier = tier;
        }
    }

    record StoredMessage(long seq, String sender, Instant createdAt) {
    }

    record StoredTurn(long seq, String intent, Double confidence, boolean outOfScope, String act) {
    }

    record StoredHandoff(UUID id, String status, List<String> reasons, Instant requestedAt, Instant claimedAt,
                         String claimedBy, String claimedByName, Instant endedAt) {
    }

    record StoredSurvey(SurveyPhase phase, String agentUsername, String agentName, String articleId, String intent,
                        String status, Integer rating) {
    }

    record StoredFeedback(String articleId, boolean helpful) {
    }
}
