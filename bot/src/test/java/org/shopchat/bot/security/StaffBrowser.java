package org.shopchat.bot.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One console user's browser over plain HTTP: its own cookies, redirects not followed, the pages' CSRF tokens. */
final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("(?:name=\"_csrf\" value|name=\"csrf-token\" content)=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    StaffBrowser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static StaffBrowser signedIn(int port, String username, String password) throws Exception {
        StaffBrowser browser = new StaffBrowser(port);
        HttpResponse<String> login = browser.login(username, password);
        if (login.headers().firstValue("Location").filter(l -> !l.contains("/login")).isEmpty()) {
            throw new AssertionError("sign-in of " + username + " failed: " + login.headers().map());
        }
        return browser;
    }

    HttpResponse<String> login(String username, String password) throws Exception {
        return post("/login", Map.of("username", username, "password", password, "_csrf", csrfFrom("/login")));
    }

    /** The CSRF token on {@code page} (a form field or the console's meta tag); it changes at sign-in. */
    String csrfFrom(String page) throws Exception {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return token.group(1);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=')
                .append(enc(value)));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST carrying the CSRF token of {@code tokenPage}, as the page's form would. */
    HttpResponse<String> submit(String tokenPage, String path, Map<String, String> form) throws Exception {
        java.util.LinkedHashMap<String, String> withToken = new java.util.LinkedHashMap<>(form);
        withToken.put("_csrf", csrfFrom(tokenPage));
        return post(path, withToken);
    }

    Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst();
    }

    String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
