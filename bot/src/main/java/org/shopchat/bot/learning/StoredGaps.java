package org.shopchat.bot.learning;

import org.shopchat.bot.dialogue.DialogueProperties;
import org.shopchat.console.learning.GapMessage;
import org.shopchat.console.learning.GapReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the gap messages of a period in the stored conversations. Each source is read newest first and capped, so
 * the report's cost stays bounded however busy the shop was.
 */
@Component
class StoredGaps {

    static final int MAX_PER_SOURCE = 2_000;

    private final JdbcTemplate jdbc;
    private final DialogueProperties dialogue;

    StoredGaps(JdbcTemplate jdbc, DialogueProperties dialogue) {
        this.jdbc = jdbc;
        this.dialogue = dialogue;
    }

    /** Every gap message sent since {@code since}, newest first, each once with all its reasons. */
    List<GapMessage> since(Instant since) {
        Timestamp from = Timestamp.from(since);
        Map<Key, Found> found = new LinkedHashMap<>();
        jdbc.query("select m.conversation_id, m.seq, m.text, m.created_at, t.act, t.confidence, t.out_of_scope"
                        + " from turn t join message m on m.conversation_id = t.conversation_id and m.seq = t.message_seq"
                        + " where t.created_at >= ? and (t.out_of_scope = true"
                        + " or t.act in ('OUT_OF_SCOPE', 'REPHRASE_HELP', 'OFFER_HUMAN'))"
                        + " order by t.created_at desc fetch first " + MAX_PER_SOURCE + " rows only",
                (RowCallbackHandler) row -> {
                    GapReason reason = turnReason(row.getString("act"), row.getBoolean("out_of_scope"),
                            row.getObject("confidence", Double.class));
                    add(found, row, reason);
                }, from);
        jdbc.query("select m.conversation_id, m.seq, m.text, m.created_at from kb_feedback f join message m"
                        + " on m.conversation_id = f.conversation_id and m.seq = (select max(c.seq) from message c"
                        + " where c.conversation_id = f.conversation_id and c.sender = 'CUSTOMER' and c.seq < f.message_seq)"
                        + " where f.helpful = false and f.given_at >= ?"
                        + " order by f.given_at desc fetch first " + MAX_PER_SOURCE + " rows only",
                (RowCallbackHandler) row -> add(found, row, GapReason.UNHELPFUL), from);
        jdbc.query("select m.conversation_id, m.seq, m.text, m.created_at from handoff h join message m"
                        + " on m.conversation_id = h.conversation_id and m.seq = (select max(c.seq) from message c"
                        + " where c.conversation_id = h.conversation_id and c.sender = 'CUSTOMER'"
                        + " and c.created_at <= h.requested_at)"
                        + " where h.requested_at >= ?"
                        + " order by h.requested_at desc fetch first " + MAX_PER_SOURCE + " rows only",
                (RowCallbackHandler) row -> add(found, row, GapReason.ESCALATED), from);
        List<GapMessage> messages = new ArrayList<>();
        found.forEach((key, f) -> messages.add(new GapMessage(key.conversationId(), key.seq(), f.text, f.sentAt,
                f.reasons)));
        messages.sort(Comparator.comparing(GapMessage::sentAt).reversed()
                .thenComparing(GapMessage::conversationId).thenComparing(GapMessage::seq));
        return messages;
    }

    private GapReason turnReason(String act, boolean outOfScope, Double confidence) {
        if (outOfScope || "OUT_OF_SCOPE".equals(act)) {
            return GapReason.OUT_OF_SCOPE;
        }
        if (confidence == null || confidence < dialogue.minConfidence()) {
            return GapReason.NOT_UNDERSTOOD;
        }
        return GapReason.NOT_FOUND;
    }

    private static void add(Map<Key, Found> found, ResultSet row, GapReason reason) throws SQLException {
        Key key = new Key(row.getObject("conversation_id", UUID.class), row.getLong("seq"));
        found.computeIfAbsent(key, k -> {
            try {
                return new Found(row.getString("text"), row.getTimestamp("created_at").toInstant());
            } catch (SQLException e) {
                throw new IllegalStateException("unreadable message row", e);
            }
        }).reasons.add(reason);
    }

    private record Key(UUID conversationId, long seq) {
    }

    private static final class Found {
        final String text;
        final Instant sentAt;
        final Set<GapReason> reasons = EnumSet.noneOf(GapReason.class);

        Found(String text, Instant sentAt) {
            this.text = text;
            this.sentAt = sentAt;
        }
    }
}
