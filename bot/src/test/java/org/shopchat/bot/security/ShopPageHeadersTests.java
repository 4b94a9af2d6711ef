package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: the shop page with the widget, and article pages, carry a Content-Security-Policy with frame-ancestors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopPageHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void theWidgetPageLoadsOnlyItsOwnScriptsAndMayBeFramedByTheConfiguredShopOriginsOnly() throws Exception {
        for (String path : new String[] {"/", "/kb/returns-policy"}) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self';")
                    .contains("object-src 'none'")
                    .endsWith("frame-ancestors 'self' http://localhost:8080 http://127.0.0.1:8080"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as("superseded by frame-ancestors").isEmpty();
        }
    }
}
