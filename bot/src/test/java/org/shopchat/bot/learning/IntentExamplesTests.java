package org.shopchat.bot.learning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.console.editor.ArticleEditing;
import org.shopchat.console.editor.ArticleRevisionView;
import org.shopchat.console.editor.ContentStatus;
import org.shopchat.console.learning.IntentExamples;
import org.shopchat.console.learning.IntentSummary;
import org.shopchat.intents.IntentName;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intent examples as editors maintain them in the console, and the gaps report's two ways into the learning
 * loop (examples of an intent, an article draft). Nothing here trains a model; see {@link RetrainingGateTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntentExamplesTests {

    @Autowired
    IntentExamples examples;
    @Autowired
    ModelVersions versions;
    @Autowired
    LearningStartup startup;
    @Autowired
    ArticleEditing articles;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("delete from intent_example where source <> 'shipped'");
    }

    @Test
    void theShippedTrainingExamplesAreImportedOnceWithTheirIntentsAndTheShippedModelIsVersionOne() {
        List<LabeledUtterance> shipped = ShippedData.training();
        Map<String, Long> perIntent = shipped.stream().collect(Collectors.groupingBy(u -> u.intent().value(),
                Collectors.mapping(u -> ExampleRules.key(u.text()), Collectors.collectingAndThen(Collectors.toSet(),
                        s -> (long) s.size()))));

        startup.afterSingletonsInstantiated();

        assertThat(examples.intents()).extracting(IntentSummary::name)
                .containsExactlyElementsOf(perIntent.keySet().stream().sorted().toList());
        assertThat(examples.intents()).allSatisfy(i -> assertThat((long) i.examples())
                .isEqualTo(perIntent.get(i.name())));
        assertThat(examples.examples("track_order", "where is my order", 10))
                .anySatisfy(e -> assertThat(e.text()).isEqualTo("where is my order"));
        assertThat(versions.find(1)).hasValueSatisfying(v -> {
            assertThat(v.status()).isEqualTo("SHIPPED");
            assertThat(v.examples()).isEqualTo(shipped.size());
        });
        assertThat(versions.activeVersion()).contains(1);
    }

    @Test
    void editorsAddEditMoveSearchAndDeleteExamples() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/learning/intents");

        HttpResponse<String> added = editor.post("/console/learning/intents/track_order/examples",
                Map.of("texts", "has my standing lamp left your warehouse\r\n\r\n  did the lamp   ship yet  "));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(examples.examples("track_order", "LAMP", 10)).extracting(e -> e.text() + "/" + e.source())
                .containsExactlyInAnyOrder("has my standing lamp left your warehouse/console",
                        "did the lamp ship yet/console");
        assertThat(editor.get("/console/learning/intents?intent=track_order&q=lamp").body())
                .contains("did the lamp ship yet").doesNotContain("where is my order");

        long id = examples.examples("track_order", "did the lamp", 1).getFirst().id();
        assertThat(editor.post("/console/learning/examples/" + id, Map.of("intent", "cancel_order",
                "text", "please stop the lamp from shipping", "shown", "track_order")).statusCode()).isEqualTo(302);
        assertThat(examples.examples("cancel_order", "stop the lamp", 10)).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(id));
        assertThat(examples.examples("track_order", "did the lamp", 10)).isEmpty();

        assertThat(editor.post("/console/learning/examples/" + id + "/delete", Map.of("shown", "cancel_order"))
                .statusCode()).isEqualTo(302);
        assertThat(examples.examples("cancel_order", "stop the lamp", 10)).isEmpty();

        HttpResponse<String> created = editor.post("/console/learning/intents", Map.of("name", "gift_wrapping",
                "texts", "do you offer gift wrapping\ncan my order be gift wrapped"));
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/console/learning/intents?intent=gift_wrapping"));
        assertThat(examples.intents()).contains(new IntentSummary("gift_wrapping", 2));
    }

    @Test
    void badIntentNamesAndExamplesAreRefusedAtTheirFieldsAndNothingIsStored() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/learning/intents");
        int before = total();
        String heldOut = ShippedData.heldOut().stream().filter(u -> u.intent().equals(IntentName.of("track_order")))
                .findFirst().orElseThrow().text();

        assertThat(newIntent(editor, "GiftWrapping", "do you gift wrap")).contains("is not snake_case");
        assertThat(newIntent(editor, "gift__wrapping", "do you gift wrap")).contains("is not snake_case");
        assertThat(newIntent(editor, "track_order", "do you gift wrap")).contains("there is an intent");
        assertThat(newIntent(editor, "something_else", "do you gift wrap")).contains("reserved");
        assertThat(newIntent(editor, "", "do you gift wrap")).contains("give the intent a name");
        assertThat(newIntent(editor, "gift_wrapping", "\n  \n")).contains("write at least one example");
        String lines = editor.post("/console/learning/intents/track_order/examples", Map.of("texts",
                "a fine new example about my parcel\nWHERE IS MY   ORDER\n" + heldOut + "\n" + "x".repeat(301)
                        + "\na fine new example about my parcel")).body();
        assertThat(lines).contains("line 2: is already an example of &#39;track_order&#39;")
                .contains("line 3: is in the held-out test set").contains("line 4: has 301 characters, at most 300")
                .contains("line 5: repeats line 1").contains("a fine new example about my parcel");
        assertThat(editor.post("/console/learning/intents/no_such_intent/examples", Map.of("texts", "hello there"))
                .body()).contains("there is no intent &#39;no_such_intent&#39;");
        long id = examples.examples("track_order", "", 1).getFirst().id();
        assertThat(editor.post("/console/learning/examples/" + id, Map.of("intent", "track_order", "text", "",
                "shown", "track_order")).body()).contains("the example is too short");
        assertThat(editor.post("/console/learning/examples/999999999/delete", Map.of("shown", "track_order")).body())
                .contains("there is no example 999999999");

        assertThat(total()).isEqualTo(before);
        assertThat(examples.examples("track_order", "", 1).getFirst().id()).isEqualTo(id);
    }

    @Test
    void agentsCannotSeeOrChangeExamplesOrModels() throws Exception {
        ConsoleSession agent = ConsoleSession.signIn(port, "agent1", "agent1-demo", "/console");
        int before = total();

        assertThat(agent.get("/console/learning/intents").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/learning/models").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/learning/models/training").statusCode()).isEqualTo(403);
        assertThat(agent.post("/console/learning/intents/track_order/examples", Map.of("texts", "a new one"))
                .statusCode()).isEqualTo(403);
        assertThat(agent.post("/console/learning/models/retrain", Map.of()).statusCode()).isEqualTo(403);
        assertThat(agent.post("/console/learning/models/1/activate", Map.of()).statusCode()).isEqualTo(403);
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void theModelsPageShowsTheVersionsAndRefusesToRetrainWhileAnIntentHasTooFewExamples() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/learning/models");
        examples.createIntent("gift_wrapping", List.of("do you offer gift wrapping"), "editor");

        assertThat(editor.get("/console/learning/models").body()).contains("Retrain now").contains("version-1")
                .contains("shipped");
        assertThat(editor.get("/console/learning/models/training").body()).contains("\"running\":false");
        HttpResponse<String> refused = editor.post("/console/learning/models/retrain", Map.of());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(editor.get("/console/learning/models").body()).contains("gift_wrapping (1)");
        assertThat(versions.all()).extracting(v -> v.status()).doesNotContain("TRAINING");
    }

    @Test
    void aGapGroupBecomesExamplesOfANewIntentOrAnArticleDraftWithItsQuestions() throws Exception {
        Instant at = Instant.now().minus(Duration.ofMinutes(5));
        gap("will you match a cheaper price elsewhere", at);
        gap("do you price match a cheaper shop", at.plusSeconds(1));
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/learning/gaps");
        assertThat(editor.get("/console/learning/gaps?days=1").body()).contains("Add as examples")
                .contains("Create article draft").contains("value=\"track_order\"");

        HttpResponse<String> refused = editor.post("/console/learning/gaps/examples", List.of(
                Map.entry("text", "do you price match a cheaper shop"), Map.entry("newIntent", "Price Match"),
                Map.entry("days", "1")));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/console/learning/gaps?days=1"));
        assertThat(editor.get("/console/learning/gaps?days=1").body()).contains("Not added")
                .contains("is not snake_case");

        HttpResponse<String> added = editor.post("/console/learning/gaps/examples", List.of(
                Map.entry("text", "do you price match a cheaper shop"),
                Map.entry("text", "will you match a cheaper price elsewhere"), Map.entry("intent", ""),
                Map.entry("newIntent", "price_match"), Map.entry("days", "1")));
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/console/learning/intents?intent=price_match"));
        assertThat(examples.examples("price_match", "", 10)).extracting(e -> e.source() + ": " + e.text())
                .containsExactlyInAnyOrder("gaps: do you price match a cheaper shop",
                        "gaps: will you match a cheaper price elsewhere");

        String form = editor.get("/console/editor/articles/new?title=Do+you+price+match%3F"
                + "&question=do+you+price+match+a+cheaper+shop&question=will+you+match+a+cheaper+price+elsewhere"
                + "&question=can+you+beat+a+lower+price").body();
        assertThat(form).contains("Do you price match?").contains("do you price match a cheaper shop\n"
                + "will you match a cheaper price elsewhere\ncan you beat a lower price");
        String id = "price-match-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> saved = editor.post("/console/editor/articles", Map.of("id", id,
                "title", "Do you price match?", "intents", "product_question",
                "questions", "do you price match a cheaper shop\nwill you match a cheaper price elsewhere\n"
                        + "can you beat a lower price", "tags", "pricing",
                "body", "We do not match other shops' prices, but we run a sale every season."));
        assertThat(saved.statusCode()).isEqualTo(302);
        ArticleRevisionView draft = articles.history(id).getLast();
        assertThat(draft.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(draft.content().questions()).containsExactly("do you price match a cheaper shop",
                "will you match a cheaper price elsewhere", "can you beat a lower price");
    }

    private String newIntent(ConsoleSession editor, String name, String texts) throws Exception {
        HttpResponse<String> page = editor.post("/console/learning/intents", Map.of("name", name, "texts", texts));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private int total() {
        return jdbc.queryForObject("select count(*) from intent_example", Integer.class);
    }

    private void gap(String text, Instant at) {
        UUID id = UUID.randomUUID();
        Timestamp when = Timestamp.from(at);
        jdbc.update("insert into conversation (id, token_hash, status, last_seq, created_at, updated_at, version)"
                + " values (?, ?, 'OPEN', 2, ?, ?, 0)", id, UUID.randomUUID().toString().replace("-", ""), when, when);
        jdbc.update("insert into message (conversation_id, seq, sender, text, created_at) values (?, 1, 'CUSTOMER', ?, ?)",
                id, text, when);
        jdbc.update("insert into turn (conversation_id, message_seq, intent, confidence, out_of_scope, sentiment_score,"
                + " sentiment_label, act, created_at) values (?, 1, 'out_of_scope', 0.2, true, 0, 'NEUTRAL',"
                + " 'OUT_OF_SCOPE', ?)", id, when);
    }
}
