package org.shopchat.bot.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, database unavailable: while every new database connection fails, a customer's message gets a clear
 * apology and no acknowledgement (it was not stored), a new customer's CONNECT gets an ERROR frame that says the chat
 * is unavailable; once the database is back, the same customer's resend (same client message id) is stored once,
 * acknowledged and answered, and new customers connect again. The application's DataSource is wrapped by one the
 * test switches off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseOutageTests.SwitchableDatabase.class)
class DatabaseOutageTests {

    static final AtomicBoolean DATABASE_DOWN = new AtomicBoolean();

    @TestConfiguration
    static class SwitchableDatabase {
        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && name.equals("dataSource")
                            ? new DelegatingDataSource(dataSource) {
                                @Override
                                public Connection getConnection() throws SQLException {
                                    if (DATABASE_DOWN.get()) {
                                        throw new SQLTransientConnectionException("database switched off by the test");
                                    }
                                    return super.getConnection();
                                }
                            }
                            : bean;
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BotVoice voice;

    @AfterEach
    void databaseBack() {
        DATABASE_DOWN.set(false);
    }

    @Test
    void duringAnOutageNothingIsAcknowledgedAndTheResendAfterItIsStoredOnce() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("before-1", "what payment methods do you take?");
            customer.nextMessageFrom("CUSTOMER");
            customer.nextMessageFrom("BOT");

            DATABASE_DOWN.set(true);
            customer.send("outage-1", "how long does delivery take?");
            Map<String, Object> apology = customer.next("error");
            assertThat(apology).containsEntry("code", "temporary")
                    .containsEntry("text", voice.say(TemplateKey.ERROR_TEMPORARY, 0).text());
            List<Map<String, Object>> rest = customer.drain();
            assertThat(rest).noneMatch(e -> "outage-1".equals(e.get("clientMessageId")));

            DATABASE_DOWN.set(false);
            assertThat(storedWith("outage-1")).as("nothing stored during the outage").isZero();
            customer.send("outage-1", "how long does delivery take?");
            assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "outage-1");
            assertThat(customer.nextMessageFrom("BOT").get("text")).isNotNull();
            customer.send("outage-1", "how long does delivery take?");
            assertThat(customer.nextMessageFrom("CUSTOMER")).as("a second resend is acknowledged again")
                    .containsEntry("clientMessageId", "outage-1");
        }
        assertThat(storedWith("outage-1")).isOne();
    }

    @Test
    void aCustomerConnectingDuringAnOutageIsToldTheChatIsUnavailableAndConnectsOnceItIsBack() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        DATABASE_DOWN.set(true);
        try (RawStompSocket early = RawStompSocket.open(http, port).connect()) {
            assertThat(early.nextFrame()).startsWith("ERROR").contains("the chat is unavailable for a moment");
            assertThat(early.awaitClosed()).isNotEqualTo(-2);
        }
        DATABASE_DOWN.set(false);
        try (RawStompSocket later = RawStompSocket.open(http, port).connectAs(null)) {
            later.sendJson("/app/chat.send", "{\"clientMessageId\":\"after-outage\",\"text\":\"hello\"}");
            assertThat(later.nextFrameContaining("\"clientMessageId\":\"after-outage\"")).startsWith("MESSAGE");
        }
    }

    private long storedWith(String clientMessageId) {
        return jdbc.queryForObject("select count(*) from message where client_message_id = ?", Long.class,
                clientMessageId);
    }
}
