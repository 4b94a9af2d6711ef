package org.shopchat.bot.learning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.console.learning.IntentExamples;
import org.shopchat.console.learning.LearningRefusedException;
import org.shopchat.console.learning.ModelVersion;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.Nlu;
import org.shopchat.console.replay.ConversationSelection;
import org.shopchat.console.replay.ReplayCandidate;
import org.shopchat.console.replay.ReplayReport;
import org.shopchat.console.replay.ReplayRequest;
import org.shopchat.console.replay.Replays;
import org.shopchat.console.replay.TurnDifference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Retraining with the product's trainer, held-out set and gate, on a smaller training set so each training takes
 * seconds: the stored examples are cut to {@link #PER_INTENT} per intent, and the active model at the start of every
 * test is one trained on exactly those (a fixture recorded as passed; the shipped model, trained on all 3,600
 * examples, would make every small candidate fail the gate). A context of its own, so no other test class talks to
 * these models.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.learning.stale-training-after=9m")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrainingGateTests {

    static final int PER_INTENT = 15;
    static final Duration TRAINING = Duration.ofMinutes(4);
    static final String GIFT_WRAP = "can you gift wrap my order as a present";

    @Autowired
    BackgroundRetraining retraining;
    @Autowired
    CandidateTrainer trainer;
    @Autowired
    ModelVersions versions;
    @Autowired
    StoredIntentExamples examples;
    @Autowired
    IntentExamples examplesPort;
    @Autowired
    HeldOutSet heldOut;
    @Autowired
    LearningProperties properties;
    @Autowired
    LiveIntentModel live;
    @Autowired
    Nlu nlu;
    @Autowired
    LearningStartup startup;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Replays replays;
    @LocalServerPort
    int port;

    int baseline;
    double baselineAccuracy;

    @BeforeAll
    void activeModelTrainedOnTheSmallSet() {
        jdbc.update("delete from intent_example where id not in (select id from (select id, row_number() over"
                + " (partition by intent order by id) as n from intent_example) ranked where n <= " + PER_INTENT + ")");
        List<LabeledUtterance> small = examples.all();
        long started = System.nanoTime();
        CandidateTrainer.Trained trained = trainer.train(kind(), small, message -> { });
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        baselineAccuracy = trainer.accuracy(trained.classifier(), heldOut.utterances());
        baseline = versions.startCandidate(kind(), "fixture");
        versions.trained(baseline, small.size(), 41);
        versions.judged(baseline, trained.blobs(), new ModelGate(baselineAccuracy, baselineAccuracy, 0), 1,
                trainingSeconds);
        events.publishEvent(new IntentModelActivated(baseline));
        System.out.printf("[learning] fixture: %d examples, %s, trained in %.1f s, held-out accuracy %.4f%n",
                small.size(), kind(), trainingSeconds, baselineAccuracy);
        assertThat(live.current().version()).isEqualTo(baseline);
    }

    @AfterEach
    void backToTheFixture() {
        jdbc.update("delete from intent_example where intent = 'gift_wrapping'");
        if (versions.activeVersion().orElseThrow() != baseline) {
            retraining.activate(baseline, "test");
        }
    }

    @Test
    void theGateRejectsACandidateTrainedOnMislabelledExamplesAndTheActiveModelStaysAndKeepsAnswering()
            throws Exception {
        swapLabels("track_order", "cancel_order");
        swapLabels("get_refund", "payment_methods");
        swapLabels("delivery_options", "return_policy");
        try {
            int candidate = retraining.retrain("editor");
            ModelVersion judged = finished(candidate);

            assertThat(judged.status()).isEqualTo("REJECTED");
            assertThat(judged.accuracy()).isLessThan(baselineAccuracy - properties.gateMargin());
            assertThat(judged.baselineVersion()).isEqualTo(baseline);
            assertThat(judged.baselineAccuracy()).isEqualTo(baselineAccuracy);
            assertThat(judged.note()).contains("<");
            System.out.printf("[learning] mislabelled candidate: held-out accuracy %.4f vs %.4f, %.1f s%n",
                    judged.accuracy(), baselineAccuracy, judged.trainingSeconds());
        } finally {
            swapLabels("cancel_order", "track_order");
            swapLabels("payment_methods", "get_refund");
            swapLabels("return_policy", "delivery_options");
        }
        assertThat(versions.activeVersion()).contains(baseline);
        assertThat(live.current().version()).isEqualTo(baseline);
        assertThat(nlu.understand("where is my order").classification().decision().intent().value())
                .isEqualTo("track_order");
        assertThat(chatIntent("where's my order?")).isEqualTo("track_order");
        int rejected = versions.all().getFirst().version();
        assertThatThrownBy(() -> retraining.activate(rejected, "editor"))
                .isInstanceOf(LearningRefusedException.class).hasMessageContaining("rejected");

        // What the rejected candidate would have changed: a replay with it reads the order question as a cancellation.
        assertThat(replays.models()).contains("version-" + rejected);
        ReplayCandidate configured = replays.configured();
        ReplayReport report = replays.run(new ReplayRequest(new ConversationSelection.Latest(1),
                new ReplayCandidate(configured.minConfidence(), configured.clarifyMargin(),
                        configured.offerHumanAfterFailures(), configured.escalationMinConfidence(),
                        configured.failuresBeforeEscalation(), configured.sentimentTrendThreshold(),
                        configured.content(), "version-" + rejected), 5));
        assertThat(report.count(TurnDifference.Change.INTENT)).isEqualTo(1);
        assertThat(report.examples().getFirst().recordedIntent()).isEqualTo("track_order");
        assertThat(report.examples().getFirst().replayedIntent()).isEqualTo("cancel_order");
    }

    @Test
    void aCandidateWithANewIntentPassesTheGateAndTheChatUsesItAtOnceUntilRolledBack() throws Exception {
        String before = chatIntent(GIFT_WRAP);
        assertThat(before).isNotEqualTo("gift_wrapping");
        examplesPort.createIntent("gift_wrapping", List.of("do you offer gift wrapping",
                "can my order be gift wrapped", "gift wrap please", "I'd like it wrapped as a gift",
                "is gift wrapping available", "wrap the present for me", "can you wrap it as a present",
                "add gift wrap to my order", "do you do gift wrap", "how much is gift wrapping",
                "can the parcel be wrapped in gift paper", "gift wrapping option"), "editor");

        int candidate = retraining.retrain("editor");
        assertThatThrownBy(() -> retraining.retrain("editor")).as("one training at a time")
                .isInstanceOf(LearningRefusedException.class).hasMessageContaining("runs already");
        ModelVersion judged = finished(candidate);

        assertThat(judged.status()).isEqualTo("PASSED");
        assertThat(judged.active()).isTrue();
        assertThat(judged.intents()).isEqualTo(42);
        await().atMost(Duration.ofSeconds(5)).until(() -> live.current().version() == candidate);
        assertThat(chatIntent(GIFT_WRAP)).as("the running bot classifies with the new model").isEqualTo("gift_wrapping");
        System.out.printf("[learning] candidate with gift_wrapping: held-out accuracy %.4f vs %.4f, %.1f s%n",
                judged.accuracy(), baselineAccuracy, judged.trainingSeconds());

        live.use(LiveIntentModel.SHIPPED_AT_START, nlu.classifier());
        startup.afterSingletonsInstantiated();
        assertThat(live.current().version()).as("a restart loads the active version from the database")
                .isEqualTo(candidate);

        retraining.activate(baseline, "editor");
        assertThat(live.current().version()).isEqualTo(baseline);
        assertThat(chatIntent(GIFT_WRAP)).as("rolled back").isEqualTo(before);
        assertThat(versions.find(candidate).orElseThrow().activatable()).isTrue();
        retraining.activate(1, "editor");
        assertThat(versions.activeVersion()).as("the shipped model too").contains(1);
    }

    @Test
    void retrainingIsRefusedWhileAnIntentHasTooFewExamples() {
        examplesPort.createIntent("gift_wrapping", List.of("do you offer gift wrapping"), "editor");

        assertThatThrownBy(() -> retraining.retrain("editor")).isInstanceOf(LearningRefusedException.class)
                .hasMessageContaining("gift_wrapping (1)");
    }

    @Test
    void aTrainingOnAnotherInstanceBlocksRetrainingUntilItsHeartbeatStopsThenItCountsAsAbandoned() {
        int elsewhere = versions.startCandidate(kind(), "editor");
        jdbc.update("update intent_training_slot set holder = 'other-instance', heartbeat_at = current_timestamp");
        try {
            assertThatThrownBy(() -> retraining.retrain("editor")).isInstanceOf(LearningRefusedException.class)
                    .hasMessageContaining("version " + elsewhere);
            assertThat(retraining.training()).satisfies(t -> {
                assertThat(t.version()).isEqualTo(elsewhere);
                assertThat(t.running()).isTrue();
            });

            jdbc.update("update intent_training_slot set heartbeat_at = ?", java.sql.Timestamp.from(
                    java.time.Instant.now().minus(properties.staleTrainingAfter()).minusSeconds(60)));
            assertThat(versions.takeSlot("this-instance", properties.staleTrainingAfter())).isTrue();
            assertThat(versions.find(elsewhere).orElseThrow()).satisfies(v -> {
                assertThat(v.status()).isEqualTo("FAILED");
                assertThat(v.note()).contains("stopped while training");
            });
        } finally {
            versions.freeSlot("this-instance");
            versions.freeSlot("other-instance");
        }
    }

    private ModelVersion finished(int version) {
        await().atMost(TRAINING).pollInterval(Duration.ofMillis(500))
                .until(() -> !"TRAINING".equals(versions.find(version).orElseThrow().status()));
        return versions.find(version).orElseThrow();
    }

    private void swapLabels(String a, String b) {
        jdbc.update("update intent_example set intent = case when intent = ? then ? else ? end"
                + " where intent in (?, ?)", a, b, a, a, b);
    }

    /** The intent the bot recorded for the message in a new conversation over the chat's STOMP endpoint. */
    private String chatIntent(String text) throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            customer.send(UUID.randomUUID().toString(), text);
            long seq = ((Number) customer.nextMessageFrom("CUSTOMER").get("seq")).longValue();
            customer.nextMessageFrom("BOT");
            UUID conversation = jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                    new ConversationToken(token).hash());
            return await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.query("select intent from turn where"
                    + " conversation_id = ? and message_seq = ?", (rs, i) -> rs.getString(1), conversation, seq)
                    .stream().findFirst().orElse(null), java.util.Objects::nonNull);
        }
    }

    private ModelVersions.Kind kind() {
        return live.embeddingStage() ? ModelVersions.Kind.TWO_STAGE : ModelVersions.Kind.NGRAM;
    }
}
