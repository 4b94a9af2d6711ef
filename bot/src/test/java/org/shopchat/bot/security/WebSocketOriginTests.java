package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpClient;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 10, WebSocket origin allow-list: a browser page may open the chat WebSocket only from the bot's own origin
 * or a shop origin configured in {@code shopchat.chat.allowed-origins} (http://localhost:8080 and
 * http://127.0.0.1:8080 by default); any other page gets 403 at the handshake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebSocketOriginTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aConfiguredShopOriginAndTheBotsOwnOriginMayOpenTheChat() throws Exception {
        for (String origin : new String[] {"http://localhost:8080", "http://127.0.0.1:" + port}) {
            try (RawStompSocket socket = RawStompSocket.openWith(http, port, Map.of("Origin", origin))) {
                socket.connect();
                assertThat(socket.nextFrame()).as(origin).startsWith("CONNECTED");
            }
        }
    }

    @Test
    void aPageOfAnyOtherOriginIsRefusedAtTheHandshake() {
        for (String origin : new String[] {"http://evil.example", "https://localhost:8080", "http://localhost:8081",
                "null"}) {
            Throwable refused = catchThrowable(() -> RawStompSocket.openWith(http, port, Map.of("Origin", origin)));
            assertThat(refused).as(origin).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(WebSocketHandshakeException.class);
            assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).as(origin)
                    .isEqualTo(403);
        }
    }
}
