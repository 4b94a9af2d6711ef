package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.shopchat.console.security.ConsoleAccounts;
import org.shopchat.console.security.ConsoleRole;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: the audit log records who did what in the console and when, only administrators read it; failed sign-ins
 * lock a username for a while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ConsoleAuditTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ConsoleAccounts accounts;

    @Test
    void anAgentsActionsAndSignInsAreRecordedAndShownToAnAdministrator() throws Exception {
        Staff intruder = new Staff();
        intruder.login("agent1", "wrong-password<script>");
        Staff agent = new Staff();
        agent.login("agent1", "agent1-demo");
        String token = agent.csrfFrom("/console");
        assertThat(agent.post("/console/presence", "presence=AWAY&_csrf=" + enc(token)).statusCode()).isLessThan(400);

        Staff admin = new Staff();
        admin.login("admin", "admin-demo");
        HttpResponse<String> audit = admin.get("/console/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body())
                .contains("POST /console/presence")
                .contains("<td>agent1</td>")
                .contains("refused")
                .doesNotContain("wrong-password");
    }

    @Test
    void onlyAdministratorsCanReadTheAuditLog() throws Exception {
        Staff agent = new Staff();
        agent.login("agent2", "agent2-demo");
        assertThat(agent.get("/console/audit").statusCode()).isEqualTo(403);
        assertThat(new Staff().get("/console/audit").statusCode()).as("anonymous: sent to sign in").isEqualTo(302);
    }

    @Test
    void fiveFailedSignInsLockTheUsernameEvenForTheRightPassword() throws Exception {
        accounts.create("locked.agent", "Locked Agent", "locked-agent-password", Set.of(ConsoleRole.AGENT));
        Staff guesser = new Staff();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login("locked.agent", "guess-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        Staff owner = new Staff();
        assertThat(owner.login("locked.agent", "locked-agent-password").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(owner.get("/console").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(owner.get("/login?locked").body()).contains("Too many failed sign-ins");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser: its own cookies, redirects not followed. */
    private final class Staff {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> login(String username, String password) throws Exception {
            return post("/login", "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrfFrom("/login")));
        }

        String csrfFrom(String page) throws Exception {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
