package org.shopchat.bot.replay;

import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.console.replay.ConversationSelection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the conversations a replay takes from the turn log and the messages, read-only. Every query is bounded: at
 * most {@link org.shopchat.console.replay.Replays#MAX_CONVERSATIONS} conversations and {@value #MAX_MESSAGES}
 * messages of each (the first ones: a replay goes in order from the start).
 */
@Component
class RecordedConversations {

    static final int MAX_MESSAGES = 400;
    private static final String HAS_CUSTOMER_MESSAGE = " exists (select 1 from message m where m.conversation_id = c.id"
            + " and m.sender = 'CUSTOMER')";

    private final JdbcTemplate jdbc;

    RecordedConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The selected conversation ids, newest first for the latest and periods, as listed otherwise. */
    List<UUID> select(ConversationSelection selection) {
        return switch (selection) {
            case ConversationSelection.Latest latest -> jdbc.queryForList("select c.id from conversation c where"
                    + HAS_CUSTOMER_MESSAGE + " order by c.created_at desc, c.id fetch first " + latest.count()
                    + " rows only", UUID.class);
            case ConversationSelection.Period period -> jdbc.queryForList("select c.id from conversation c where"
                    + " c.created_at >= ? and c.created_at < ? and" + HAS_CUSTOMER_MESSAGE
                    + " order by c.created_at desc, c.id fetch first " + period.max() + " rows only", UUID.class,
                    Timestamp.from(period.from()), Timestamp.from(period.to()));
            case ConversationSelection.Listed listed -> listed.ids();
        };
    }

    /** The conversation with its customer messages, or empty when no such conversation is stored. */
    Optional<StoredConversation> load(UUID id) {
        List<String> customer = jdbc.query("select customer_id from conversation where id = ?",
                (row, n) -> row.getString(1), id);
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Object[]> turns = new HashMap<>();
        jdbc.query("select message_seq, intent, confidence, act from turn where conversation_id = ?"
                        + " order by message_seq fetch first " + MAX_MESSAGES + " rows only",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> turns.put(row.getLong(1), new Object[]{
                        row.getString(2), row.getObject(3, Double.class), row.getString(4)}), id);
        Map<Long, StoredTurn> customerTurns = new LinkedHashMap<>();
        List<StoredTurn> ordered = new ArrayList<>();
        long[] lastCustomer = {-1};
        jdbc.query("select seq, sender, text, choice_action, choice_value, template_id, article_id from message"
                        + " where conversation_id = ? order by seq fetch first " + MAX_MESSAGES + " rows only",
                (org.springframework.jdbc.core.RowCallbackHandler) row -> {
                    long seq = row.getLong(1);
                    String sender = row.getString(2);
                    if ("CUSTOMER".equals(sender)) {
                        Object[] turn = turns.get(seq);
                        String action = row.getString(4);
                        CustomerInput.Choice choice = action == null ? null
                                : new CustomerInput.Choice(action, row.getString(5));
                        StoredTurn stored = new StoredTurn(seq, row.getString(3), choice,
                                turn == null ? null : (String) turn[0], turn == null ? null : (Double) turn[1],
                                turn == null ? null : (String) turn[2], null, null);
                        customerTurns.put(seq, stored);
                        ordered.add(stored);
                        lastCustomer[0] = seq;
                    } else if ("BOT".equals(sender) && lastCustomer[0] >= 0) {
                        // The bot's first reply after a customer message is the answer to it.
                        StoredTurn question = customerTurns.remove(lastCustomer[0]);
                        if (question != null) {
                            ordered.set(ordered.size() - 1, new StoredTurn(question.seq(), question.text(),
                                    question.choice(), question.intent(), question.confidence(), question.act(),
                                    row.getString(6), row.getString(7)));
                        }
                    }
                }, id);
        return Optional.of(new StoredConversation(id, customer.getFirst(), ordered));
    }
}
