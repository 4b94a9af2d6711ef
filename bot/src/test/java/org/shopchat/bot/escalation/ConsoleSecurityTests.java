package org.shopchat.bot.escalation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets into the console: signed-in agents only, forms need the CSRF token, editors are kept out of chats and
 * manage the canned responses, which agents cannot change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ConsoleSecurityTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/console");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/console/queue.json").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginPageIsTheConsolesWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Northwind console").contains("name=\"_csrf\"");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        assertThat(post("/login", "username=agent1&password=agent1-demo").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordDoesNotSignIn() throws Exception {
        HttpResponse<String> response = login("agent1", "not-the-password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void anAgentSignsInAndGetsANewSessionAndTheQueue() throws Exception {
        get("/login");
        String before = sessionCookie();
        HttpResponse<String> response = login("agent2", "agent2-demo");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        assertThat(sessionCookie()).as("session fixation protection").isNotEqualTo(before);
        HttpResponse<String> queue = get("/console");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Waiting customers").contains("Tom (agent2)");
        assertThat(post("/console/presence", "presence=AWAY").statusCode()).as("no CSRF token").isEqualTo(403);
    }

    @Test
    void anEditorCannotOpenTheAgentConsole() throws Exception {
        login("editor", "editor-demo");
        assertThat(get("/console").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyEditorsAndAdminsManageTheCannedResponses() throws Exception {
        login("agent1", "agent1-demo");
        assertThat(get("/console/canned").statusCode()).isEqualTo(403);
        assertThat(post("/console/canned", "title=x&text=y&_csrf=" + csrf("/console")).statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorAddsAndDeletesACannedResponseWithTheFormsCsrfToken() throws Exception {
        login("editor", "editor-demo");
        HttpResponse<String> page = get("/console/canned");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Canned responses").contains("Anything else");
        String title = "Exchange " + java.util.UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/console/canned", "title=" + title.replace(' ', '+') + "&text=Done").statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> added = post("/console/canned", "title=" + title.replace(' ', '+')
                + "&text=I%27ve+arranged+the+exchange.&_csrf=" + csrf("/console/canned"));
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/canned"));
        String list = get("/console/canned").body();
        assertThat(list).contains("value=\"" + title + "\"").contains("I&#39;ve arranged the exchange.");
        String id = jdbc.queryForObject("select id from canned_response where title = ?", String.class, title);
        post("/console/canned/" + id + "/delete", "_csrf=" + csrf("/console/canned"));
        assertThat(get("/console/canned").body()).doesNotContain(title);
    }

    @Test
    void anAgentCannotNoteOrSendArticlesInAChatThatIsNotTheirs() throws Exception {
        login("agent2", "agent2-demo");
        String token = csrf("/console");
        String handoff = "/console/handoffs/" + java.util.UUID.randomUUID();
        assertThat(post(handoff + "/notes", "text=hello&_csrf=" + token).statusCode()).isEqualTo(403);
        assertThat(post(handoff + "/articles", "articleId=returns-policy&_csrf=" + token).statusCode()).isEqualTo(403);
        assertThat(get(handoff + "/suggestions.json").statusCode()).isEqualTo(403);
    }

    /** The CSRF token of the signed-in session, from a console page. */
    private String csrf(String page) throws Exception {
        Matcher token = Pattern.compile("(?:name=\"_csrf\" value|name=\"csrf-token\" content)=\"([^\"]+)\"")
                .matcher(get(page).body());
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        return post("/login", "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    }

    private String sessionCookie() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
