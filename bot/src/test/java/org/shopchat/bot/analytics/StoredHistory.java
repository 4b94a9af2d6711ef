package org.shopchat.bot.analytics;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Writes hand-made conversations straight into the tables, with the timestamps a test needs. */
final class StoredHistory {

    private final JdbcTemplate jdbc;

    StoredHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void customer(String id, String tier) {
        jdbc.update("insert into customer (id, name, email, postcode, tier, contact_channel, created_at)"
                + " values (?, ?, ?, 'AB1 2CD', ?, 'EMAIL', ?)", id, "Test " + id, id.toLowerCase() + "@metrics.test",
                tier, ts("2026-01-01T00:00:00Z"));
    }

    /** A conversation greeted by the bot (message 1) at {@code at}. */
    UUID conversation(String at, String customerId) {
        UUID id = UUID.randomUUID();
        String hash = (id.toString().replace("-", "") + id.toString().replace("-", "")).substring(0, 64);
        jdbc.update("insert into conversation (id, token_hash, status, last_seq, created_at, updated_at, version,"
                + " customer_id) values (?, ?, 'OPEN', 0, ?, ?, 0, ?)", id, hash, ts(at), ts(at), customerId);
        message(id, 1, "BOT", at);
        return id;
    }

    void message(UUID conversation, long seq, String sender, String at) {
        jdbc.update("insert into message (conversation_id, seq, sender, text, created_at) values (?, ?, ?, ?, ?)",
                conversation, seq, sender, sender + " " + seq, ts(at));
    }

    /** A customer message and what the bot understood of it. */
    void customerTurn(UUID conversation, long seq, String at, String intent, double confidence, boolean outOfScope,
                      String act) {
        message(conversation, seq, "CUSTOMER", at);
        jdbc.update("insert into turn (conversation_id, message_seq, intent, confidence, out_of_scope, sentiment_score,"
                + " sentiment_label, act, created_at) values (?, ?, ?, ?, ?, 0, 'NEUTRAL', ?, ?)",
                conversation, seq, intent, confidence, outOfScope, act, ts(at));
    }

    UUID handoff(UUID conversation, String reasons, String status, String requestedAt, String claimedAt,
                 String agent, String agentName, String endedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into handoff (id, conversation_id, status, reasons, vip, distressed, requested_at,"
                        + " priority_at, claimed_at, claimed_by, claimed_by_name, ended_at, resolution, summary, packet,"
                        + " version) values (?, ?, ?, ?, false, false, ?, ?, ?, ?, ?, ?, ?, 'summary', '{}', 0)",
                id, conversation, status, reasons, ts(requestedAt), ts(requestedAt), ts(claimedAt), agent, agentName,
                ts(endedAt), "RESOLVED".equals(status) ? "SOLVED" : null);
        return id;
    }

    void survey(UUID conversation, String phase, UUID handoff, String agent, String agentName, String article,
                String intent, String status, Integer rating, String at) {
        jdbc.update("insert into survey (id, conversation_id, phase, phase_key, handoff_id, agent_username, agent_name,"
                        + " article_id, intent, status, rating, offered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), conversation, phase, handoff == null ? phase : phase + ":" + handoff, handoff,
                agent, agentName, article, intent, status, rating, ts(at));
    }

    void feedback(UUID conversation, long seq, String article, boolean helpful, String at) {
        jdbc.update("insert into kb_feedback (conversation_id, message_seq, article_id, article_revision, helpful,"
                + " given_at) values (?, ?, ?, 1, ?, ?)", conversation, seq, article, helpful, ts(at));
    }

    void ticket(UUID conversation, String status, String at) {
        jdbc.update("insert into offline_ticket (id, conversation_id, email, text, status, created_at, reply_by,"
                        + " closed_at, version) values (?, ?, 'guest@metrics.test', 'please call', ?, ?, ?, ?, 0)",
                UUID.randomUUID(), conversation, status, ts(at), ts(at), "CLOSED".equals(status) ? ts(at) : null);
    }

    private static Timestamp ts(String at) {
        return at == null ? null : Timestamp.from(Instant.parse(at));
    }
}
