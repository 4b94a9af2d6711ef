package org.shopchat.bot.orders;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
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
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's order page in the console, and the bot telling a chatting customer about the move at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleOrdersTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAdministratorMovesAnOrderOnAndTheCustomerChattingAboutItIsToldAtOnce() throws Exception {
        // One of the generated demo orders, so the well-known ones other tests rely on keep their status.
        Map<String, Object> order = jdbc.queryForMap("select o.order_number, c.email from customer_order o"
                + " join customer c on c.id = o.customer_id where o.status = 'PLACED'"
                + " and o.order_number not like 'NW-1000%' order by o.order_number limit 1");
        String number = (String) order.get("order_number");
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send(UUID.randomUUID().toString(), "where is my order " + number + "?");
            customer.nextMessageFrom("BOT");
            customer.send(UUID.randomUUID().toString(), (String) order.get("email"));
            assertThat((String) customer.nextMessageFrom("BOT").get("text")).contains(number);

            login("admin", "admin-demo");
            HttpResponse<String> page = get("/console/orders?q=" + number);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(number).contains("<option value=\"PACKING\">");

            HttpResponse<String> moved = post("/console/orders/" + number + "/status",
                    "status=PACKING&q=" + number + "&_csrf=" + csrf(page.body()));
            assertThat(moved.statusCode()).isEqualTo(302);
            assertThat(get(moved.headers().firstValue("Location").orElseThrow()).body())
                    .contains("moved from PLACED to PACKING");
            assertThat(jdbc.queryForObject("select status from customer_order where order_number = ?", String.class,
                    number)).isEqualTo("PACKING");

            Map<String, Object> update = customer.nextMessageFrom("BOT");
            assertThat((String) update.get("text")).contains(number);
        }
    }

    @Test
    void aMoveTheOrderCannotMakeIsRefusedWithAReasonAndChangesNothing() throws Exception {
        login("admin", "admin-demo");
        HttpResponse<String> page = get("/console/orders?q=NW-100003");
        HttpResponse<String> refused = post("/console/orders/NW-100003/status",
                "status=PACKING&_csrf=" + csrf(page.body()));
        assertThat(get(refused.headers().firstValue("Location").orElseThrow()).body())
                .contains("NW-100003 is DELIVERED and cannot move to PACKING");
        assertThat(jdbc.queryForObject("select status from customer_order where order_number = 'NW-100003'",
                String.class)).isEqualTo("DELIVERED");

        HttpResponse<String> garbage = post("/console/orders/NW-100003/status",
                "status=%3Cscript%3E&_csrf=" + csrf(page.body()));
        assertThat(get(garbage.headers().firstValue("Location").orElseThrow()).body())
                .contains("Choose the status to move the order to.");
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainTextAndFindsByEmail() throws Exception {
        login("admin", "admin-demo");
        assertThat(get("/console/orders?q=bob%40example.com").body()).contains("NW-100020").contains("NW-100021")
                .doesNotContain("NW-100001");
        assertThat(get("/console/orders?q=%25").body()).contains("No orders found.");
        assertThat(get("/console/orders?q=NW_1").body()).contains("No orders found.");
    }

    @Test
    void agentsCannotSeeOrMoveOrders() throws Exception {
        login("agent1", "agent1-demo");
        assertThat(get("/console").body()).doesNotContain("/console/orders");
        assertThat(get("/console/orders").statusCode()).isEqualTo(403);
    }

    private void login(String username, String password) throws Exception {
        HttpResponse<String> response = post("/login", "username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(get("/login").body()));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
