package org.shopchat.bot.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.ShopChatApplication;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scaled-out set-up in one JVM, with nothing installed: an embedded PostgreSQL, an embedded Artemis broker with a
 * STOMP acceptor, and two instances of the application in the {@code cluster} profile on different ports.
 */
class ClusterTests {

    @TempDir
    static Path brokerData;

    static EmbeddedPostgres postgres;
    static EmbeddedActiveMQ broker;
    static ConfigurableApplicationContext instanceA;
    static ConfigurableApplicationContext instanceB;

    @BeforeAll
    static void startPostgresBrokerAndTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        int stompPort = freePort();
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(false);
        config.setSecurityEnabled(false);
        // Artemis 2.40 asks for the JAAS caller when it registers its JMX beans, which JDK 24+ refuses; no JMX here.
        config.setJMXManagementEnabled(false);
        config.setBrokerInstance(brokerData.toFile());
        config.setJournalDirectory(brokerData.resolve("journal").toString());
        config.setBindingsDirectory(brokerData.resolve("bindings").toString());
        config.setPagingDirectory(brokerData.resolve("paging").toString());
        config.setLargeMessagesDirectory(brokerData.resolve("large-messages").toString());
        config.addAcceptorConfiguration("stomp", "tcp://127.0.0.1:" + stompPort + "?protocols=STOMP");
        broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        // One after the other, as a rolling start would: the first migrates the schema and imports the content.
        instanceA = start(jdbcUrl, stompPort);
        instanceB = start(jdbcUrl, stompPort);
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (instance != null && instance.isActive()) {
                instance.close();
            }
        }
        if (broker != null) {
            broker.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCustomerOnEitherInstanceIsAnsweredFromTheSharedDatabase() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port(instanceA), null)) {
            Map<String, Object> resumed = customer.resume(0);
            assertThat(resumed.get("messages")).asList().isNotEmpty();
            customer.send("c-1", "how long does standard delivery take?");
            assertThat((String) customer.nextMessageFrom("BOT").get("text")).isNotBlank();
        }
    }

    private static ConfigurableApplicationContext start(String jdbcUrl, int stompPort) {
        return new SpringApplicationBuilder(ShopChatApplication.class).profiles("cluster").run(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--shopchat.chat.relay.port=" + stompPort,
                "--shopchat.chat.relay.host=127.0.0.1",
                "--spring.config.additional-location=classpath:org/shopchat/bot/escalation/always-open.properties");
    }

    static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
