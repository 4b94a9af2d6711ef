package org.shopchat.bot.dialogue;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.bot.knowledge.KnowledgeArticles;
import org.shopchat.bot.persona.BotPersona;
import org.shopchat.console.editor.BenchContent;
import org.shopchat.console.editor.BenchReading;
import org.shopchat.console.editor.ContentKind;
import org.shopchat.console.editor.PersonaEditing;
import org.shopchat.kb.Article;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.Persona;
import org.shopchat.console.editor.TestBench;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The editors' test bench shows what the bot understands and the reply a customer would get, storing nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestBenchTests {

    static final String QUESTION = "My order NW-204815 never arrived and I'm really annoyed. Do you take PayPal?";

    @LocalServerPort
    int port;

    @Autowired
    TestBench bench;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    BotPersona persona;

    @Test
    void showsIntentsEntitiesSentimentArticlesAndTheReplyTheChatGives() throws Exception {
        String question = "what payment methods do you accept?";
        long turns = count("turn");
        long conversations = count("conversation");
        BenchReading reading = bench.read(question);
        assertThat(count("turn")).isEqualTo(turns);
        assertThat(count("conversation")).isEqualTo(conversations);

        assertThat(reading.intents()).first().satisfies(i -> {
            assertThat(i.intent()).isEqualTo("check_payment_methods");
            assertThat(i.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(reading.articles()).first().satisfies(a -> assertThat(a.score()).isGreaterThan(reading.minScore()));
        assertThat(reading.reply().act()).isEqualTo("ARTICLE_ANSWER");
        assertThat(reading.reply().articleId()).isEqualTo(reading.articles().getFirst().articleId());
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send(UUID.randomUUID().toString(), question);
            assertThat(customer.nextMessageFrom("BOT").get("text")).isEqualTo(reading.reply().text());
        }
    }

    @Test
    void findsEntitiesAndSentimentAndShowsThemOnTheEditorsPage() throws Exception {
        BenchReading reading = bench.read(QUESTION);
        assertThat(reading.entities()).contains(new BenchReading.FoundEntity("OrderNumber", "NW-204815"));
        assertThat(reading.sentiment().score()).isNegative();

        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        String page = editor.get("/console/editor/bench?q=" + URLEncoder.encode(QUESTION, StandardCharsets.UTF_8))
                .body();
        assertThat(page).contains("id=\"bench-reply\"").contains("NW-204815")
                .contains(reading.intents().getFirst().intent()).contains(reading.sentiment().label());
        ConsoleSession agent = ConsoleSession.signIn(port, "agent1", "agent1-demo", "/console");
        assertThat(agent.get("/console/editor/bench?q=hello").statusCode()).isEqualTo(403);
    }

    @Test
    void againstTheDraftsTheBenchAnswersFromTheLatestDraftAndNamesItWhilePublishedDoesNot() throws Exception {
        Article published = articles.published("clothing-care").orElseThrow();
        List<String> questions = new java.util.ArrayList<>(published.questions());
        questions.add("How do I wash a wool poncho?");
        int draft = articles.saveRevision(new Article(published.id(), published.title(), published.intents(),
                questions, published.tags(), 1, ArticleStatus.DRAFT,
                "Wool, cotton and everything else: follow the care label inside the garment.\n\n"
                        + published.body()), "editor");
        String question = "How do I wash a wool jumper?";
        long turns = count("turn");

        BenchReading fromDrafts = bench.read(question, BenchContent.DRAFTS);
        assertThat(fromDrafts.reply().articleId()).as(fromDrafts.toString()).isEqualTo("clothing-care");
        assertThat(fromDrafts.reply().articleRevision()).isEqualTo(draft);
        assertThat(fromDrafts.reply().text()).contains("Wool, cotton and everything else");
        assertThat(fromDrafts.articles()).first().satisfies(a -> assertThat(a.draft()).isTrue());
        assertThat(fromDrafts.drafts()).contains(
                new BenchReading.DraftUsed(ContentKind.ARTICLE, "clothing-care", draft, true));

        BenchReading fromPublished = bench.read(question, BenchContent.PUBLISHED);
        assertThat(fromPublished.reply().text()).doesNotContain("Wool, cotton and everything else");
        assertThat(fromPublished.articles()).noneMatch(BenchReading.FoundArticle::draft)
                .noneMatch(a -> a.articleId().equals("clothing-care") && a.revision() == draft);
        assertThat(fromPublished.drafts()).isEmpty();
        assertThat(count("turn")).as("the bench stores nothing").isEqualTo(turns);

        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        String page = editor.get("/console/editor/bench?content=drafts&q="
                + URLEncoder.encode(question, StandardCharsets.UTF_8)).body();
        assertThat(page).contains("id=\"bench-drafts\"").contains("data-id=\"clothing-care\" data-revision=\"" + draft)
                .contains("Wool, cotton and everything else");
        assertThat(editor.get("/console/editor/bench?content=everything&q=hello").body())
                .contains("is neither").doesNotContain("id=\"bench-reply\"");
    }

    @Test
    void aDraftPersonaGreetsOnTheBenchOnlyAgainstTheDrafts() {
        Persona shipped = persona.published().orElseThrow();
        int draft = persona.saveRevision(new Persona("Nova", shipped.role(), shipped.avatar(), shipped.toneRules(),
                shipped.maxReplyChars(), shipped.description()), "editor");

        BenchReading fromDrafts = bench.read("hello", BenchContent.DRAFTS);
        assertThat(fromDrafts.reply().act()).isEqualTo("GREETING");
        assertThat(fromDrafts.reply().text()).contains("Nova");
        assertThat(fromDrafts.drafts()).contains(
                new BenchReading.DraftUsed(ContentKind.PERSONA, PersonaEditing.ID, draft, true));
        assertThat(bench.read("hello").reply().text()).contains(shipped.name()).doesNotContain("Nova");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
