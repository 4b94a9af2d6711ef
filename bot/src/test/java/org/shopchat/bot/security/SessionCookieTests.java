package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * Issue 10, session fixation and secure cookies, as configured in application.yaml and deployed behind a TLS proxy
 * ({@code server.forward-headers-strategy=native}, trusted from loopback): the console's session cookie is HttpOnly
 * and SameSite=Lax always, Secure when the request came over HTTPS, and a new session id is issued at sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class SessionCookieTests {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    // No cookie handler: each request carries exactly the cookies the test gives it, and Set-Cookie is read raw.
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteButNotSecureOverPlainHttp() throws Exception {
        String cookie = setCookie(get("/login", null, false));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
        String cookie = setCookie(get("/login", null, true));
        assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void signingInIssuesANewSessionIdAndTheOldOneIsNotSignedIn() throws Exception {
        HttpResponse<String> loginPage = get("/login", null, true);
        String before = sessionId(setCookie(loginPage));
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Cookie", "JSESSIONID=" + before).header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=agent1&password=agent1-demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        String afterCookie = setCookie(signIn);
        String after = sessionId(afterCookie);
        assertThat(after).as("session fixation protection").isNotEqualTo(before);
        assertThat(afterCookie).contains("Secure").contains("HttpOnly");

        assertThat(get("/console", after, true).statusCode()).isEqualTo(200);
        assertThat(get("/console", before, true).statusCode()).as("the id from before sign-in").isEqualTo(302);
    }

    private HttpResponse<String> get(String path, String sessionId, boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String sessionId(String setCookie) {
        Matcher id = SESSION.matcher(setCookie);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
