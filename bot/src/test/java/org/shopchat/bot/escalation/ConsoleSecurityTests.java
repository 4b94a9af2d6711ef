package org.shopchat.bot.escalation;

import org.junit.jupiter.api.Test;
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

/** Who gets into the console: signed-in agents only, forms need the CSRF token, editors are kept out of chats. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ConsoleSecurityTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

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
