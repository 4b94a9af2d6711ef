package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpClient;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, CSRF on STOMP: a console user's WebSocket is authenticated by their session cookie, which a page of
 * another site could make the browser send too; so the CONNECT must carry the CSRF token of the console page (as
 * console.js sends it), and a forged CONNECT without it, or with a wrong one, is refused with an ERROR frame. The
 * customers' widget connections need no token (no cookie authenticates them) and keep working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class StaffStompCsrfTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAgentsConnectWithThePagesCsrfTokenIsAcceptedAndMayFollowTheQueue() throws Exception {
        StaffBrowser agent = StaffBrowser.signedIn(port, "agent1", "agent1-demo");
        String token = agent.csrfFrom("/console");
        try (RawStompSocket socket = staffSocket(agent)) {
            socket.send(connect("X-CSRF-TOKEN:" + token + "\n"));
            assertThat(socket.nextFrame()).startsWith("CONNECTED");
            socket.send("SUBSCRIBE\nid:q\ndestination:/topic/console.queue\n\n\0");
            socket.send("SUBSCRIBE\nid:c\ndestination:/user/queue/console.chat\n\n\0");
            assertThat(socket.closeCodeOrOpen()).as("still open after the console's subscriptions").isEqualTo(-2);
        }
    }

    @Test
    void aForgedConsoleConnectWithoutTheTokenIsRefusedWithAnErrorFrame() throws Exception {
        StaffBrowser agent = StaffBrowser.signedIn(port, "agent1", "agent1-demo");
        try (RawStompSocket socket = staffSocket(agent)) {
            socket.send(connect(""));
            assertThat(socket.nextFrame()).startsWith("ERROR").contains("CSRF token");
            assertThat(socket.awaitClosed()).isNotEqualTo(-2);
        }
    }

    @Test
    void aConsoleConnectWithAnotherSessionsTokenIsRefused() throws Exception {
        StaffBrowser agent = StaffBrowser.signedIn(port, "agent1", "agent1-demo");
        String othersToken = StaffBrowser.signedIn(port, "agent2", "agent2-demo").csrfFrom("/console");
        try (RawStompSocket socket = staffSocket(agent)) {
            socket.send(connect("X-CSRF-TOKEN:" + othersToken + "\n"));
            assertThat(socket.nextFrame()).startsWith("ERROR").contains("CSRF token");
            assertThat(socket.awaitClosed()).isNotEqualTo(-2);
        }
    }

    @Test
    void aCustomersWidgetConnectsWithoutAnyCsrfTokenAndChats() throws Exception {
        try (RawStompSocket customer = RawStompSocket.open(http, port).connectAs(null)) {
            customer.sendJson("/app/chat.send", "{\"clientMessageId\":\"csrf-free-1\",\"text\":\"hello\"}");
            assertThat(customer.nextFrameContaining("\"clientMessageId\":\"csrf-free-1\"")).startsWith("MESSAGE");
        }
    }

    @Test
    void aConsoleFormPostWithoutTheTokenIsForbidden() throws Exception {
        StaffBrowser agent = StaffBrowser.signedIn(port, "agent1", "agent1-demo");
        assertThat(agent.post("/console/presence", Map.of("presence", "AWAY")).statusCode()).isEqualTo(403);
        assertThat(agent.submit("/console", "/console/presence", Map.of("presence", "AWAY")).statusCode())
                .as("with the page's token").isLessThan(400);
    }

    private RawStompSocket staffSocket(StaffBrowser browser) throws Exception {
        return RawStompSocket.openWith(http, port, Map.of(
                "Cookie", "JSESSIONID=" + browser.sessionCookie().orElseThrow().getValue(),
                "Origin", "http://127.0.0.1:" + port));
    }

    private static String connect(String extraHeaders) {
        return "CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n" + extraHeaders + "\n\0";
    }
}
