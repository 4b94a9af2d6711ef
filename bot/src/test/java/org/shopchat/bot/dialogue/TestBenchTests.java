package org.shopchat.bot.dialogue;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.console.editor.BenchReading;
import org.shopchat.console.editor.TestBench;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
