package org.shopchat.bot.analytics;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees the dashboard and its CSV files (editors and admins everything, an agent their own figures, anonymous
 * visitors the sign-in page), its input checks, and the Prometheus endpoint for operations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsConsoleTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        HttpClient anonymous = client();
        for (String path : new String[]{"/console/analytics", "/console/analytics/periods.csv", "/console/analytics/data.json"}) {
            HttpResponse<String> response = get(anonymous, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void editorsSeeEveryFigureAndEveryTableAsCsv() throws Exception {
        HttpClient editor = signIn("editor", "editor-demo");
        HttpResponse<String> page = get(editor, "/console/analytics?granularity=WEEK");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Top intents").contains("Article helpfulness").contains("Escalations by reason")
                .contains("chart.umd.min.js").doesNotContain("Your figures");
        for (String table : new String[]{"periods", "escalation-reasons", "surveys", "articles", "intents", "agents"}) {
            HttpResponse<String> csv = get(editor, "/console/analytics/" + table + ".csv?from=2026-03-01&to=2026-03-31");
            assertThat(csv.statusCode()).as(table).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                    assertThat(d).contains("shopchat-" + table + "-2026-03-01-2026-03-31.csv"));
        }
        assertThat(get(editor, "/console/analytics/surveys.csv").body())
                .startsWith("phase,offered,answered,skipped,response_rate,average,rated_1");
        assertThat(get(editor, "/webjars/chart.js/dist/chart.umd.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void anAgentSeesOnlyTheirOwnFigures() throws Exception {
        HttpClient agent = signIn("agent2", "agent2-demo");
        HttpResponse<String> page = get(agent, "/console/analytics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your figures").doesNotContain("Top intents")
                .doesNotContain("Article helpfulness");
        assertThat(get(agent, "/console/analytics/data.json").body()).contains("\"agent\":\"agent2\"");
        // Asking for the editors' tables gives nothing of anyone else.
        assertThat(get(agent, "/console/analytics/intents.csv").body().strip()).isEqualTo("intent,turns,conversations,surveys,csat");
    }

    @Test
    void badFiltersGetAClearMessage() throws Exception {
        HttpClient admin = signIn("admin", "admin-demo");
        HttpResponse<String> badDate = get(admin, "/console/analytics?from=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("must look like 2026-03-31");
        assertThat(get(admin, "/console/analytics?from=2026-03-10&to=2026-03-01").statusCode()).isEqualTo(400);
        assertThat(get(admin, "/console/analytics?tier=GOLD").statusCode()).isEqualTo(400);
        assertThat(get(admin, "/console/analytics?intent=%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(get(admin, "/console/analytics/nothing.csv").statusCode()).isEqualTo(400);
    }

    @Test
    void prometheusServesTheOperationalMetersToAnAdminOnly() throws Exception {
        HttpClient http = client();
        assertThat(get(http, "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(basic(http, "agent1", "agent1-demo").statusCode()).isEqualTo(403);
        HttpResponse<String> scrape = basic(http, "admin", "admin-demo");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("shopchat_conversations_active").contains("shopchat_queue_length")
                .contains("shopchat_messages_total{sender=\"BOT\"}").contains("shopchat_nlu_classification_seconds")
                .contains("shopchat_knowledge_search_seconds");
    }

    private HttpResponse<String> basic(HttpClient http, String user, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Basic " + credentials)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signIn(String user, String password) throws Exception {
        HttpClient http = client();
        Matcher csrf = CSRF.matcher(get(http, "/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return http;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
