package org.shopchat.bot.replay;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's replay page: who may use it, the form's validation at the field, and the report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.replay.model-directory=" + ReplayTests.MODEL_DIRECTORY)
class ReplayConsoleTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PAGE = "/console/learning/replay";

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;

    static UUID unsure;

    @BeforeEach
    void storeFixtureOnce() {
        if (unsure == null) {
            unsure = ReplayTests.chat(conversations, "do you plant a tree for every order");
        }
    }

    @Test
    void editorsAndAdminsSeeTheFormWithTheConfiguredSettingsAndAgentsAreKeptOut() throws Exception {
        HttpResponse<String> page = get(signedIn("editor", "editor-demo"), PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Replay (what if)").contains("name=\"minConfidence\"")
                .contains("value=\"0.3\"").contains("current model").doesNotContain("id=\"replay-report\"");
        assertThat(get(signedIn("admin", "admin-demo"), PAGE).statusCode()).isEqualTo(200);
        assertThat(get(signedIn("editor", "editor-demo"), "/console/editor").body()).contains("href=\"" + PAGE + "\"");

        assertThat(get(signedIn("agent1", "agent1-demo"), PAGE).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = get(client(), PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void wrongFieldsAreShownAtTheFieldAndNothingIsRun() throws Exception {
        HttpClient editor = signedIn("editor", "editor-demo");
        Map<String, String> form = validForm();
        form.put("minConfidence", "1.5");
        form.put("count", "0");
        form.put("failuresBeforeEscalation", "x");
        form.put("model", "../../etc/passwd");

        HttpResponse<String> page = post(editor, form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-field=\"minConfidence\"><li>Give a number from 0 to 1.</li>")
                .contains("data-field=\"count\"><li>Give a whole number from 1 to 500.</li>")
                .contains("data-field=\"failuresBeforeEscalation\"><li>Give a whole number from 1 to 20.</li>")
                .contains("data-field=\"model\"><li>Choose the current model or one of the model files listed.</li>")
                .contains("value=\"1.5\"").doesNotContain("id=\"replay-report\"");
        form = validForm();
        form.put("selection", "ids");
        form.put("ids", "not-an-id");
        assertThat(post(editor, form).body()).contains("data-field=\"ids\"><li>Not a conversation id: not-an-id.</li>");
    }

    @Test
    void aValidFormShowsTotalsAndExamples() throws Exception {
        Map<String, String> form = validForm();
        form.put("selection", "ids");
        form.put("ids", unsure.toString());
        form.put("minConfidence", "0.85");

        HttpResponse<String> page = post(signedIn("editor", "editor-demo"), form);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"replay-report\"").contains("id=\"replay-changed\">1<")
                .contains("data-change=\"ANSWER\">1<").contains("data-change=\"ESCALATION_GAINED\">0<")
                .contains("do you plant a tree for every order").contains("article:phone-orders")
                .contains("template:rephrase-help");
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() throws Exception {
        HttpClient editor = signedIn("editor", "editor-demo");
        HttpResponse<String> response = editor.send(HttpRequest.newBuilder(uri(PAGE))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("selection=latest&count=5")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static Map<String, String> validForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("selection", "latest");
        form.put("count", "10");
        form.put("minConfidence", "0.3");
        form.put("clarifyMargin", "0.1");
        form.put("offerHumanAfterFailures", "2");
        form.put("escalationMinConfidence", "0.5");
        form.put("failuresBeforeEscalation", "2");
        form.put("sentimentTrendThreshold", "-0.35");
        form.put("content", "PUBLISHED");
        form.put("model", "current");
        form.put("examples", "20");
        return form;
    }

    private HttpResponse<String> post(HttpClient http, Map<String, String> fields) throws Exception {
        Matcher token = CSRF.matcher(get(http, PAGE).body());
        assertThat(token.find()).isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(PAGE)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String username, String password) throws Exception {
        HttpClient http = client();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).isTrue();
        http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
