package org.shopchat.bot.knowledge;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in console user over plain HTTP, with the session cookie and CSRF token a browser would send. */
public final class ConsoleSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;
    private String landing;

    private ConsoleSession(int port) {
        this.port = port;
    }

    /** Signs in and takes the CSRF token of the session's first page (the token changes at sign-in). */
    public static ConsoleSession signIn(int port, String username, String password, String firstPage) throws Exception {
        ConsoleSession session = new ConsoleSession(port);
        Matcher login = FORM_TOKEN.matcher(session.get("/login").body());
        if (!login.find()) {
            throw new AssertionError("login page without CSRF token");
        }
        HttpResponse<String> signedIn = session.send("/login", Map.of("username", username, "password", password,
                "_csrf", login.group(1)));
        session.landing = signedIn.headers().firstValue("Location").orElse("");
        if (session.landing.contains("error")) {
            throw new AssertionError("sign-in failed for " + username);
        }
        Matcher page = META_TOKEN.matcher(session.get(firstPage).body());
        if (!page.find()) {
            throw new AssertionError(firstPage + " carries no CSRF token for " + username);
        }
        session.csrf = page.group(1);
        return session;
    }

    /** Where the sign-in sent the user. */
    public String landing() {
        return landing;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST with the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("_csrf", csrf);
        return send(path, withToken);
    }

    /** A form POST with repeated fields (e.g. ticked checkboxes) and the session's CSRF token. */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> form)
            throws IOException, InterruptedException {
        java.util.List<Map.Entry<String, String>> withToken = new java.util.ArrayList<>(form);
        withToken.add(Map.entry("_csrf", csrf));
        String body = withToken.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
