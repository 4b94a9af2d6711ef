package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shopchat.bot.ShopChatApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, graceful shutdown drains in-flight messages: the application context is closed while accepted
 * (acknowledged) customer messages still wait in the answering lanes of one answering thread; afterwards every
 * acknowledged message is marked answered and has its stored bot reply. Its own application, on an in-memory
 * database that outlives it, so the test can read what was stored after the close.
 */
class GracefulShutdownTests {

    private static final int CUSTOMERS = 2;
    private static final int MESSAGES_EACH = 10;
    private static final List<String> QUESTIONS = List.of("what payment methods do you take?",
            "how long does delivery take?", "can I return an item?");

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void closingTheApplicationAnswersEveryAcknowledgedMessageFirst() throws Exception {
        String database = "jdbc:h2:mem:graceful-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopChatApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + database, "--shopchat.answering.threads=1",
                "--shopchat.answering.drain-timeout=60s");
        List<String> acknowledged = new ArrayList<>();
        int pendingAtClose;
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            List<CustomerStompClient> customers = new ArrayList<>();
            try {
                for (int c = 0; c < CUSTOMERS; c++) {
                    CustomerStompClient customer = CustomerStompClient.connect(port, null);
                    customer.resume(0);
                    customers.add(customer);
                }
                for (int i = 0; i < MESSAGES_EACH; i++) {
                    for (int c = 0; c < CUSTOMERS; c++) {
                        customers.get(c).send("drain-" + c + "-" + i, QUESTIONS.get(i % QUESTIONS.size()));
                    }
                }
                for (int c = 0; c < CUSTOMERS; c++) {
                    for (int i = 0; i < MESSAGES_EACH; i++) {
                        Map<String, Object> ack = customers.get(c).nextMessageFrom("CUSTOMER");
                        acknowledged.add((String) ack.get("clientMessageId"));
                    }
                }
                pendingAtClose = app.getBean(BotAnswers.class).pending();
            } finally {
                customers.forEach(CustomerStompClient::close);
            }
        } finally {
            app.close();
        }

        assertThat(acknowledged).hasSize(CUSTOMERS * MESSAGES_EACH);
        assertThat(pendingAtClose).as("answers still queued when the close began").isPositive();
        try (SingleConnectionDataSource stored = new SingleConnectionDataSource(database, "sa", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(stored);
            for (String id : acknowledged) {
                assertThat(jdbc.queryForObject("select answered_at from message where client_message_id = ?",
                        java.sql.Timestamp.class, id)).as("%s answered", id).isNotNull();
            }
            List<UUID> conversations = jdbc.queryForList("select distinct conversation_id from message "
                    + "where client_message_id like 'drain-%'", UUID.class);
            assertThat(conversations).hasSize(CUSTOMERS);
            for (UUID conversation : conversations) {
                long firstQuestion = jdbc.queryForObject("select min(seq) from message where conversation_id = ? "
                        + "and sender = 'CUSTOMER'", Long.class, conversation);
                assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ? "
                        + "and sender = 'BOT' and seq > ?", Long.class, conversation, firstQuestion))
                        .as("one stored reply per acknowledged message").isEqualTo(MESSAGES_EACH);
            }
        }
    }
}
