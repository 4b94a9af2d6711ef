package org.shopchat.bot.replay;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.console.editor.ArticleContent;
import org.shopchat.console.editor.ArticleEditing;
import org.shopchat.console.replay.ContentSource;
import org.shopchat.console.replay.ConversationSelection;
import org.shopchat.console.replay.ReplayCandidate;
import org.shopchat.console.replay.ReplayReport;
import org.shopchat.console.replay.ReplayRequest;
import org.shopchat.console.replay.Replays;
import org.shopchat.console.replay.TurnDifference;
import org.shopchat.console.replay.TurnDifference.Change;
import org.shopchat.intents.ShippedModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replays of a small fixture of conversations that went through the real chat pipeline, with candidates whose
 * differences are known. A context of its own (the model directory property), so its database holds the fixture
 * and drafts of the replay tests only, and no other test's drafts change the answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.replay.model-directory=" + ReplayTests.MODEL_DIRECTORY)
class ReplayTests {

    /** ReplayCommandTests and ReplayConsoleTests use the same configuration, so the three share one context. */
    static final String MODEL_DIRECTORY = "target/replay-test-models";
    static final Path MODELS = Path.of(MODEL_DIRECTORY);

    @Autowired
    ConversationService conversations;
    @Autowired
    Replays replays;
    @Autowired
    ArticleEditing editing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.shopchat.intents.Nlu nlu;

    static final List<String> FIXTURE_TEXTS = List.of("how long does delivery take?", "are your candles vegan",
            "do you plant a tree for every order", "I want to complain about the service");

    /** Delivery answered from an article, then a question no published article answers (not found). */
    static UUID candles;
    /** An answer for a message the classifier is not very sure of, then a complaint, which goes to a person. */
    static UUID complaint;

    @BeforeEach
    void storeFixtureOnce() {
        if (candles != null) {
            return;
        }
        candles = chat(FIXTURE_TEXTS.get(0), FIXTURE_TEXTS.get(1));
        complaint = chat(FIXTURE_TEXTS.get(2), FIXTURE_TEXTS.get(3));
    }

    @Test
    void theFixtureWasRecordedAsExpected() {
        assertThat(acts(candles)).containsExactly("ARTICLE_ANSWER", "REPHRASE_HELP");
        assertThat(acts(complaint).getFirst()).isEqualTo("ARTICLE_ANSWER");
        assertThat(acts(complaint).get(1)).startsWith("HANDOVER");
    }

    @Test
    void theConfiguredSettingsChangeNothing() {
        ReplayReport report = replays.run(request(replays.configured()));

        assertThat(report.conversations()).isEqualTo(2);
        assertThat(report.turns()).isEqualTo(4);
        assertThat(report.notRerun()).isZero();
        assertThat(report.changedTurns()).isZero();
        assertThat(report.examples()).isEmpty();
    }

    @Test
    void aHigherConfidenceThresholdLosesTheAnswerToTheUnsureMessageOnly() {
        ReplayReport report = replays.run(request(with(replays.configured(), 0.85, null, null, null)));

        assertThat(report.changedTurns()).isEqualTo(1);
        assertThat(report.changes()).isEqualTo(counts(0, 1, 0, 0));
        TurnDifference difference = report.examples().getFirst();
        assertThat(difference.conversationId()).isEqualTo(complaint);
        assertThat(difference.customerText()).isEqualTo("do you plant a tree for every order");
        assertThat(difference.changes()).containsExactly(Change.ANSWER);
        assertThat(difference.recordedAnswer()).isEqualTo("article:phone-orders");
        assertThat(difference.replayedAnswer()).isEqualTo("template:rephrase-help");
        assertThat(difference.replayedIntent()).isEqualTo(difference.recordedIntent()).isEqualTo("place_order");
    }

    @Test
    void stricterEscalationLosesTheComplaintsHandOverAndOneFailureGainsOne() {
        ReplayReport report = replays.run(request(with(replays.configured(), null, 1.0, 1, null)));

        assertThat(report.changedTurns()).isEqualTo(2);
        assertThat(report.changes()).isEqualTo(counts(0, 2, 1, 1));
        assertThat(report.examples()).extracting(TurnDifference::customerText, TurnDifference::changes,
                        TurnDifference::recordedAnswer, TurnDifference::replayedAnswer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("are your candles vegan",
                                Set.of(Change.ANSWER, Change.ESCALATION_GAINED), "template:rephrase-help", "hand-over"),
                        org.assertj.core.groups.Tuple.tuple("I want to complain about the service",
                                Set.of(Change.ANSWER, Change.ESCALATION_LOST), "hand-over",
                                "article:complaints-procedure"));
    }

    @Test
    void aDraftArticleAnswersTheQuestionThatFoundNothingAndOnlyWithDrafts() {
        int revision = editing.save(new ArticleContent("vegan-candles", "Are our candles vegan?",
                List.of("product_question"), List.of("are your candles vegan", "do the candles contain animal wax",
                "which candles are plant based"), List.of("products"),
                "Yes: every candle we sell is made from soy and rapeseed wax, with no beeswax or tallow.\n\n"
                        + "The wicks are cotton and the scents are synthetic, so nothing comes from animals.\n"),
                "editor");
        assertThat(revision).isPositive();

        assertThat(replays.run(request(replays.configured())).changedTurns()).as("published content only").isZero();
        ReplayCandidate drafts = new ReplayCandidate(replays.configured().minConfidence(),
                replays.configured().clarifyMargin(), replays.configured().offerHumanAfterFailures(),
                replays.configured().escalationMinConfidence(), replays.configured().failuresBeforeEscalation(),
                replays.configured().sentimentTrendThreshold(), ContentSource.LATEST_DRAFTS, Replays.CURRENT_MODEL);
        ReplayReport report = replays.run(request(drafts));

        assertThat(report.draftArticles()).contains("vegan-candles");
        assertThat(report.changedTurns()).isEqualTo(1);
        assertThat(report.changes()).isEqualTo(counts(0, 1, 0, 0));
        TurnDifference difference = report.examples().getFirst();
        assertThat(difference.customerText()).isEqualTo("are your candles vegan");
        assertThat(difference.recordedAnswer()).isEqualTo("template:rephrase-help");
        assertThat(difference.replayedAnswer()).isEqualTo("article:vegan-candles");
    }

    @Test
    void aReplayWritesNothing() {
        Map<String, Long> before = rowCounts();
        replays.run(request(with(replays.configured(), 0.7, 1.0, 1, ContentSource.LATEST_DRAFTS)));
        replays.run(new ReplayRequest(new ConversationSelection.Latest(Replays.MAX_CONVERSATIONS),
                replays.configured(), 5));

        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aModelFileFromTheModelDirectoryCanBeChosenAndAnUnreadableOneIsRefused() throws Exception {
        Files.createDirectories(MODELS);
        try (OutputStream out = Files.newOutputStream(MODELS.resolve("ngram-only.bin"))) {
            ShippedModel.load().save(out);
        }
        Files.writeString(MODELS.resolve("broken.bin"), "not a model");
        assertThat(replays.models()).containsExactly("broken.bin", "ngram-only.bin");

        ReplayCandidate ngram = new ReplayCandidate(0.3, 0.1, 2, 0.6, 2, -0.35, ContentSource.PUBLISHED,
                "ngram-only.bin");
        ReplayReport report = replays.run(request(ngram));
        assertThat(report.candidate().model()).isEqualTo("ngram-only.bin");
        assertThat(report.turns()).isEqualTo(4);
        org.shopchat.intents.IntentModel alone = ShippedModel.load();
        long differentReadings = FIXTURE_TEXTS.stream().filter(text -> !alone.classify(text).ranking().getFirst()
                .intent().equals(nlu.understand(text).classification().ranking().getFirst().intent())).count();
        assertThat(report.count(Change.INTENT)).isEqualTo((int) differentReadings);

        ReplayCandidate broken = new ReplayCandidate(0.3, 0.1, 2, 0.6, 2, -0.35, ContentSource.PUBLISHED,
                "broken.bin");
        assertThatThrownBy(() -> replays.run(request(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.bin");
        assertThatThrownBy(() -> replays.run(request(new ReplayCandidate(0.3, 0.1, 2, 0.6, 2, -0.35,
                ContentSource.PUBLISHED, "../../etc/passwd")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownIdsAreCountedAndSelectionsAreBounded() {
        ReplayReport report = replays.run(new ReplayRequest(new ConversationSelection.Listed(
                List.of(candles, UUID.randomUUID())), replays.configured(), 5));
        assertThat(report.conversations()).isEqualTo(1);
        assertThat(report.missing()).isEqualTo(1);

        assertThatThrownBy(() -> new ConversationSelection.Latest(Replays.MAX_CONVERSATIONS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConversationSelection.Latest(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private ReplayRequest request(ReplayCandidate candidate) {
        return new ReplayRequest(new ConversationSelection.Listed(List.of(candles, complaint)), candidate, 20);
    }

    static ReplayCandidate with(ReplayCandidate c, Double minConfidence, Double escalationMinConfidence,
                                Integer failuresBeforeEscalation, ContentSource content) {
        return new ReplayCandidate(minConfidence == null ? c.minConfidence() : minConfidence, c.clarifyMargin(),
                c.offerHumanAfterFailures(),
                escalationMinConfidence == null ? c.escalationMinConfidence() : escalationMinConfidence,
                failuresBeforeEscalation == null ? c.failuresBeforeEscalation() : failuresBeforeEscalation,
                c.sentimentTrendThreshold(), content == null ? c.content() : content, c.model());
    }

    private static Map<Change, Integer> counts(int intent, int answer, int gained, int lost) {
        return Map.of(Change.INTENT, intent, Change.ANSWER, answer, Change.ESCALATION_GAINED, gained,
                Change.ESCALATION_LOST, lost);
    }

    private UUID chat(String... customerTexts) {
        return chat(conversations, customerTexts);
    }

    /** A conversation through the real chat pipeline (greeting, then each message stored and answered). */
    static UUID chat(ConversationService conversations, String... customerTexts) {
        UUID id = conversations.open(Optional.empty()).id();
        conversations.resume(id, 0);
        for (String text : customerTexts) {
            long seq = conversations.accept(id, new CustomerInput(UUID.randomUUID().toString(), text, null))
                    .message().seq();
            conversations.answer(id, seq);
        }
        return id;
    }

    private List<String> acts(UUID conversation) {
        return jdbc.queryForList("select act from turn where conversation_id = ? order by message_seq", String.class,
                conversation);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' order by table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
        }
        return counts;
    }
}
