package org.shopchat.bot.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.ShopChatApplication;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.console.learning.IntentModels;
import org.shopchat.intents.ShippedModel;
import org.shopchat.bot.knowledge.KnowledgeArticles;
import org.shopchat.bot.persona.BotPersona;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.WaitingHandoff;
import org.shopchat.kb.Article;
import org.shopchat.kb.Persona;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scaled-out set-up in one JVM, with nothing installed: an embedded PostgreSQL, an embedded Artemis broker with a
 * STOMP acceptor, and two instances of the application in the {@code cluster} profile on different ports.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");
    static final Agent TOM = new Agent("agent2", "Tom");

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
    void anArticlePublishedOnOneInstanceIsAnsweredOnTheOtherAtOnce() throws Exception {
        KnowledgeArticles articlesOnB = instanceB.getBean(KnowledgeArticles.class);
        Article current = articlesOnB.published("gift-card-balance").orElseThrow();
        String newAnswer = "You can see the balance of a Northwind gift card on the gift card page, at any time.";
        Article edited = new Article(current.id(), current.title(), current.intents(), current.questions(),
                current.tags(), current.revision(), current.status(),
                newAnswer + "\n\n" + current.body());
        int revision = articlesOnB.saveRevision(edited, "editor");
        articlesOnB.submitForReview(edited.id(), revision);
        articlesOnB.publish(edited.id(), revision);

        try (CustomerStompClient customer = CustomerStompClient.connect(port(instanceA), null)) {
            customer.resume(0);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                customer.send(UUID.randomUUID().toString(), "how do I check the balance on my gift card");
                assertThat((String) customer.nextMessageFrom("BOT").get("text")).contains(newAnswer);
            });
        }
    }

    @Test
    void aPersonaPublishedOnOneInstanceGreetsTheNextCustomerOnTheOther() throws Exception {
        BotPersona personaOnB = instanceB.getBean(BotPersona.class);
        Persona shipped = personaOnB.published().orElseThrow();
        try {
            publish(personaOnB, new Persona("Nova", shipped.role(), shipped.avatar(), shipped.toneRules(),
                    shipped.maxReplyChars(), shipped.description()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                try (CustomerStompClient customer = CustomerStompClient.connect(port(instanceA), null)) {
                    Map<String, Object> session = customer.resume(0);
                    assertThat(((Map<?, ?>) session.get("bot")).get("name")).isEqualTo("Nova");
                    Map<?, ?> greeting = (Map<?, ?>) ((List<?>) session.get("messages")).getFirst();
                    assertThat((String) greeting.get("text")).contains("Nova");
                }
            });
        } finally {
            publish(personaOnB, shipped);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(instanceA.getBean(BotVoice.class).botName()).isEqualTo(shipped.name()));
        }
    }

    private static void publish(BotPersona persona, Persona content) {
        int revision = persona.saveRevision(content, "editor");
        persona.submitForReview(revision);
        persona.publish(revision);
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops instance A, so it runs after every test that needs both instances
    void aCustomerOnOneInstanceAndAnAgentOnTheOtherChatAndTheCustomerMovesOverWhenItsInstanceStops()
            throws Exception {
        AgentSession priya = AgentSession.signIn(port(instanceB), "agent1", "agent1-demo");
        CustomerStompClient customer = CustomerStompClient.connect(port(instanceA), null);
        try {
            String token = (String) customer.resume(0).get("token");
            customer.send("cluster-1", "I want to speak to a real person please");
            Map<String, Object> queued = customer.nextMessageFrom("BOT");
            assertThat(provenanceAct(instanceA, token, queued)).as("queued, because an agent is online on B")
                    .isEqualTo("HANDOVER");

            HandoffQueue queueOnB = instanceB.getBean(HandoffQueue.class);
            WaitingHandoff waiting = await().atMost(Duration.ofSeconds(5)).until(
                    () -> queueOnB.waiting().stream().filter(w -> w.conversationId().equals(conversationId(token)))
                            .findFirst().orElse(null), java.util.Objects::nonNull);
            assertThat(queueOnB.claim(waiting.id(), PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
            assertThat(instanceA.getBean(HandoffQueue.class).claim(waiting.id(), TOM))
                    .as("the claim holds on every instance").isNotInstanceOf(ClaimResult.Claimed.class);
            assertThat((String) customer.nextMessageFrom("BOT").get("text")).contains("Priya");

            customer.send("cluster-2", "my parcel NW-100002 is late");
            assertThat(priya.nextLine("my parcel NW-100002 is late")).containsEntry("sender", "CUSTOMER");

            instanceB.getBean(LiveChat.class).send(waiting.id(), PRIYA, "I'm on it, one moment.");
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("text", "I'm on it, one moment.")
                    .containsEntry("author", "Priya");

            instanceA.close();
            customer.close();
            customer = CustomerStompClient.connect(port(instanceB), token);
            Map<String, Object> session = customer.resume(0);
            assertThat(((List<?>) session.get("messages")).stream().map(m -> (Object) ((Map<?, ?>) m).get("text")))
                    .contains("I want to speak to a real person please", "my parcel NW-100002 is late",
                            "I'm on it, one moment.");
            customer.send("cluster-2", "my parcel NW-100002 is late");
            customer.send("cluster-3", "it was due three days ago");
            assertThat(priya.linesUntil("it was due three days ago")).as("the resent message is not delivered again")
                    .doesNotContain("my parcel NW-100002 is late").endsWith("it was due three days ago");
            assertThat(instanceB.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from message where client_message_id = 'cluster-2'", Integer.class)).isEqualTo(1);
        } finally {
            customer.close();
            priya.close();
        }
    }

    @Test
    void anIntentModelActivatedOnOneInstanceIsUsedByTheOtherAtOnce() throws Exception {
        JdbcTemplate jdbc = instanceA.getBean(JdbcTemplate.class);
        java.io.ByteArrayOutputStream ngram = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream stage = new java.io.ByteArrayOutputStream();
        ShippedModel.load().save(ngram);
        ShippedModel.loadTwoStage(ShippedModel.DEFAULT_COMBINATION).embeddingStage().save(stage);
        int version = jdbc.queryForObject("select max(version) + 1 from intent_model_version", Integer.class);
        // A version that passed its gate, stored as the background training stores one (in PostgreSQL's bytea).
        jdbc.update("insert into intent_model_version (version, status, kind, ngram_model, embedding_stage, examples,"
                + " intents, accuracy, phase, percent, requested_by, started_at, finished_at, heartbeat_at) values"
                + " (?, 'PASSED', 'TWO_STAGE', ?, ?, 3618, 41, 0.94, 'activated: passed the gate', 100, 'editor',"
                + " current_timestamp, current_timestamp, current_timestamp)", version, ngram.toByteArray(),
                stage.toByteArray());
        LiveIntentModel onB = instanceB.getBean(LiveIntentModel.class);
        assertThat(onB.current().version()).isEqualTo(1);

        instanceA.getBean(IntentModels.class).activate(version, "editor");

        assertThat(instanceA.getBean(LiveIntentModel.class).current().version()).isEqualTo(version);
        await().atMost(Duration.ofSeconds(10)).until(() -> onB.current().version() == version);
        assertThat(onB.classify("where is my order").top().intent().value()).isEqualTo("track_order");
        instanceB.getBean(IntentModels.class).activate(1, "editor");
        await().atMost(Duration.ofSeconds(10)).until(() -> instanceA.getBean(LiveIntentModel.class).current()
                .version() == 1);
    }

    private static UUID conversationId(String token) {
        return instanceB.getBean(JdbcTemplate.class).queryForObject("select id from conversation where token_hash = ?",
                UUID.class, new ConversationToken(token).hash());
    }

    private static String provenanceAct(ConfigurableApplicationContext instance, String token,
                                        Map<String, Object> message) {
        return instance.getBean(JdbcTemplate.class).queryForObject("select act from message where conversation_id = ?"
                + " and seq = ?", String.class, conversationId(token), ((Number) message.get("seq")).longValue());
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
