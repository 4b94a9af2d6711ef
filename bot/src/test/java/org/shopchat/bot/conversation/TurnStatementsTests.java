package org.shopchat.bot.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database round trips of one customer turn (store the message, answer it, deliver both), counted at the
 * connection: the chat's throughput on a shared database is bounded by them, so their number is specified here.
 */
@SpringBootTest
class TurnStatementsTests {

    static final StatementLog LOG = new StatementLog();

    /** Measured 2026-11-23 (benchmarks/README.md lists them); a new statement per turn should be a decision. */
    static final int MAX_STATEMENTS_PER_TURN = 16;
    /**
     * The bot's satisfaction survey is offered once per conversation, after the turn that answered the customer's
     * thanks or goodbye committed: checking that no person took part, what the conversation was about, and storing
     * the survey (measured 2026-12-03: 8 statements).
     */
    static final int MAX_STATEMENTS_OFFERING_THE_SURVEY = 8;
    static final int SURVEY_TURN = 1;

    @TestConfiguration
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? LOG.wrap(dataSource) : bean;
                }
            };
        }
    }

    @Autowired
    ConversationService conversations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGuestTurnTakesAFewStatements() {
        UUID id = conversations.open(Optional.empty()).id();
        conversations.resume(id, 0);
        List<String> lines = List.of("how long does standard delivery take?", "thanks a lot",
                "what's the capital of France?", "can I pay with paypal?", "hello", "I forgot my password");
        List<Integer> perTurn = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LOG.start();
            Reception reception = conversations.accept(id, new CustomerInput("s-" + i, lines.get(i), null));
            conversations.answer(id, reception.message().seq());
            List<String> statements = LOG.stop();
            System.out.println("turn '" + lines.get(i) + "': " + statements.size() + " statements");
            perTurn.add(statements.size());
        }
        assertThat(conversations.history(id)).hasSize(1 + 2 * lines.size());
        for (int i = 0; i < perTurn.size(); i++) {
            int allowed = MAX_STATEMENTS_PER_TURN + (i == SURVEY_TURN ? MAX_STATEMENTS_OFFERING_THE_SURVEY : 0);
            assertThat(perTurn.get(i)).as("statements of turn '%s'", lines.get(i)).isLessThanOrEqualTo(allowed);
        }
    }

    /**
     * H2 keeps the parsed form of a connection's most recent statements (QUERY_CACHE_SIZE, 8 unless configured);
     * when a turn runs more distinct statements than that, each turn parses nearly all of them again. Twice a guest's
     * turns leaves room for the other paths that share the connections (order look-ups, surveys, the console).
     */
    @Test
    void theDistinctStatementsOfTurnsStayParsedOnTheConnection() {
        UUID id = conversations.open(Optional.empty()).id();
        conversations.resume(id, 0);
        Set<String> distinct = new HashSet<>();
        List<String> lines = List.of("how long does standard delivery take?", "what's the capital of France?",
                "can I pay with paypal?", "I forgot my password", "this is useless, nothing works");
        for (int i = 0; i < lines.size(); i++) {
            LOG.start();
            Reception reception = conversations.accept(id, new CustomerInput("p-" + i, lines.get(i), null));
            conversations.answer(id, reception.message().seq());
            distinct.addAll(LOG.stop());
        }
        int kept = jdbc.queryForObject("select setting_value from information_schema.settings "
                + "where setting_name = 'QUERY_CACHE_SIZE'", Integer.class);
        assertThat(kept).as("parsed statements kept per connection").isGreaterThanOrEqualTo(2 * distinct.size());
    }
}
