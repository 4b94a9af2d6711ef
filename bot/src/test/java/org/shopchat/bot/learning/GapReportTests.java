package org.shopchat.bot.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.console.learning.GapGroup;
import org.shopchat.console.learning.GapMessage;
import org.shopchat.console.learning.GapReason;
import org.shopchat.console.learning.GapReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps report on a small fixture of stored conversations with known groups. The fixture is dated in the future,
 * each test's 100 days after the one before (a period runs from its start to now and beyond), so the period asked
 * for holds exactly these messages whatever other tests stored in the shared database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GapReportTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    GapReport report;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    /** Fixtures stored so far in this JVM: each new one is dated after all earlier ones. */
    private static final AtomicInteger FIXTURES = new AtomicInteger();

    private Instant base;

    @BeforeEach
    void storeFixture() {
        base = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.MILLIS)
                .plus(Duration.ofDays(100L * FIXTURES.getAndIncrement()));
        turn(customer("do you offer gift wrapping?", 1), 1, "REPHRASE_HELP", 0.9, false);
        turn(customer("can you gift wrap my order please", 2), 2, "REPHRASE_HELP", 0.1, false);
        feedback(customer("is gift wrapping available for presents", 3), 3, false);
        turn(customer("what is the weather in Paris tomorrow", 4), 4, "OUT_OF_SCOPE", 0.2, true);
        handoff(customer("do you price match a cheaper shop", 5), 6);
        turn(customer("will you match a cheaper price", 7), 7, "REPHRASE_HELP", 0.8, false);
        UUID answered = customer("how do I return shoes", 8);
        turn(answered, 8, "ARTICLE_ANSWER", 0.95, false);
        feedback(answered, 8, true);
        turn(customer("gift wrap for a birthday", -60 * 24 * 30), -60 * 24 * 30, "REPHRASE_HELP", 0.9, false);
    }

    @Test
    void groupsSimilarGapsWithCountsReasonsAndExamplesNewestFirst() {
        List<GapGroup> groups = report.groups(base, 100);

        assertThat(groups).extracting(GapGroup::headline).containsExactly("will you match a cheaper price",
                "what is the weather in Paris tomorrow", "is gift wrapping available for presents");
        GapGroup priceMatch = groups.get(0);
        assertThat(priceMatch.count()).isEqualTo(2);
        assertThat(priceMatch.reasons()).isEqualTo(Map.of(GapReason.NOT_FOUND, 1, GapReason.ESCALATED, 1));
        GapGroup giftWrap = groups.get(2);
        assertThat(giftWrap.count()).isEqualTo(3);
        assertThat(giftWrap.examples()).extracting(GapMessage::text).containsExactly(
                "is gift wrapping available for presents", "can you gift wrap my order please",
                "do you offer gift wrapping?");
        assertThat(giftWrap.reasons()).isEqualTo(Map.of(GapReason.UNHELPFUL, 1, GapReason.NOT_UNDERSTOOD, 1,
                GapReason.NOT_FOUND, 1));
        assertThat(groups.get(1).reasons()).isEqualTo(Map.of(GapReason.OUT_OF_SCOPE, 1));
    }

    @Test
    void aLongerPeriodTakesInOlderGapsAndAnsweredQuestionsAreNeverGaps() {
        List<GapGroup> groups = report.groups(base.minus(Duration.ofDays(60)), 100);

        assertThat(groups.stream().flatMap(g -> g.examples().stream()).map(GapMessage::text))
                .contains("gift wrap for a birthday").doesNotContain("how do I return shoes");
        assertThat(report.groups(base, 1)).hasSize(1);
    }

    @Test
    void editorsSeeTheReportAndAgentsAreKeptOut() throws Exception {
        HttpClient editor = signedIn("editor", "editor-demo");
        HttpResponse<String> page = get(editor, "/console/learning/gaps?days=7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("What the bot could not answer").contains("can you gift wrap my order please")
                .containsPattern("[0-9]+ messages");
        assertThat(get(editor, "/console/learning/gaps?days=%3Cscript%3E").statusCode()).as("bad period: default")
                .isEqualTo(200);

        assertThat(get(signedIn("agent1", "agent1-demo"), "/console/learning/gaps").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorSigningInLandsInTheContentEditorWhichLinksTheGapsReport() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/editor"));
        assertThat(get(http, "/console/editor").body()).contains("/console/learning/gaps");
    }

    private UUID customer(String text, int minutes) {
        UUID id = UUID.randomUUID();
        Timestamp at = at(minutes);
        jdbc.update("insert into conversation (id, token_hash, status, last_seq, created_at, updated_at, version)"
                + " values (?, ?, 'OPEN', 2, ?, ?, 0)", id, UUID.randomUUID().toString().replace("-", ""), at, at);
        jdbc.update("insert into message (conversation_id, seq, sender, text, created_at) values (?, 1, 'CUSTOMER', ?, ?)",
                id, text, at);
        jdbc.update("insert into message (conversation_id, seq, sender, text, created_at) values (?, 2, 'BOT', ?, ?)",
                id, "an answer", at);
        return id;
    }

    private void turn(UUID conversation, int minutes, String act, double confidence, boolean outOfScope) {
        jdbc.update("insert into turn (conversation_id, message_seq, intent, confidence, out_of_scope, sentiment_score,"
                + " sentiment_label, act, created_at) values (?, 1, 'get_refund', ?, ?, 0, 'NEUTRAL', ?, ?)",
                conversation, confidence, outOfScope, act, at(minutes));
    }

    private void feedback(UUID conversation, int minutes, boolean helpful) {
        jdbc.update("insert into kb_feedback (conversation_id, message_seq, article_id, article_revision, helpful,"
                + " given_at) values (?, 2, 'gift-wrap', 1, ?, ?)", conversation, helpful, at(minutes));
    }

    private void handoff(UUID conversation, int minutes) {
        Timestamp at = at(minutes);
        jdbc.update("insert into handoff (id, conversation_id, status, reasons, vip, distressed, requested_at,"
                + " priority_at, summary, packet, version) values (?, ?, 'CANCELLED', 'CUSTOMER_ASKED', false, false,"
                + " ?, ?, 'summary', '{}', 0)", UUID.randomUUID(), conversation, at, at);
    }

    private Timestamp at(int minutes) {
        return Timestamp.from(base.plus(Duration.ofMinutes(minutes)));
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
