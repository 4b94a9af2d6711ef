package org.shopchat.bot.escalation;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A console user's browser session over plain HTTP: cookies, sign-in, and form posts with the CSRF token. */
final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("(?:name=\"_csrf\" value|name=\"csrf-token\" content)=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ConsoleSession(int port) {
        this.port = port;
    }

    static ConsoleSession signIn(int port, String username, String password) throws Exception {
        ConsoleSession session = new ConsoleSession(port);
        HttpResponse<String> response = session.post("/login", "username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + session.csrf("/login"));
        if (!response.headers().firstValue("Location").orElse("").endsWith("/console")) {
            throw new AssertionError("sign-in as " + username + " failed: " + response.headers().map());
        }
        return session;
    }

    /** The session's CSRF token as found on {@code page}, URL-encoded for a form body. */
    String csrf(String page) throws Exception {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
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

    static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
