package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: a STOMP command or destination that the sender may not use gets an ERROR frame that says the rule, then
 * the server closes the connection (STOMP 1.2); other customers chat on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class StompErrorFrameTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCustomerSubscribingToTheAgentsTopicsGetsAnErrorFrameThatSaysWhy() throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        for (String destination : List.of("/topic/console.queue", "/topic/**", "/user/queue/console.chat",
                "/queue/events")) {
            try (RawStompSocket customer = RawStompSocket.open(http, port).connectAs(null)) {
                customer.send("SUBSCRIBE\nid:x\ndestination:" + destination + "\n\n\0");
                refused(customer, destination).ifPresent(errors::add);
            }
        }
        assertThat(errors).isNotEmpty().allSatisfy(frame -> assertThat(frame).startsWith("ERROR")
                .endsWith("\n\ndestination not allowed: only /user/queue/events can be subscribed to\0"));
    }

    @Test
    void aCustomerSendingToConsoleDestinationsGetsAnErrorFrame() throws Exception {
        List<String> errors = new java.util.ArrayList<>();
        for (String destination : List.of("/app/console.reply", "/topic/console.queue", "/app/unknown", "/app/console.claim")) {
            try (RawStompSocket customer = RawStompSocket.open(http, port).connectAs(null)) {
                customer.sendJson(destination, "{\"text\":\"hi\"}");
                refused(customer, destination).ifPresent(errors::add);
            }
        }
        assertThat(errors).isNotEmpty().allSatisfy(frame -> assertThat(frame).startsWith("ERROR")
                .contains("\n\ndestination not allowed: messages go to /app/chat.send"));
    }

    @Test
    void aSendBeforeConnectGetsAnErrorFrame() throws Exception {
        try (RawStompSocket stranger = RawStompSocket.open(http, port)) {
            stranger.sendJson("/app/chat.send", "{\"clientMessageId\":\"early\",\"text\":\"hi\"}");
            assertThat(stranger.nextFrame()).startsWith("ERROR");
            assertThat(stranger.awaitClosed()).isNotEqualTo(-2);
        }
    }

    @Test
    void anAgentSubscribingToACustomersEventsGetsAnErrorFrame() throws Exception {
        StaffBrowser agent = StaffBrowser.signedIn(port, "agent1", "agent1-demo");
        String token = agent.csrfFrom("/console");
        try (RawStompSocket socket = RawStompSocket.openWith(http, port, Map.of(
                "Cookie", "JSESSIONID=" + agent.sessionCookie().orElseThrow().getValue()))) {
            socket.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\nX-CSRF-TOKEN:" + token + "\n\n\0");
            assertThat(socket.nextFrame()).startsWith("CONNECTED");
            socket.send("SUBSCRIBE\nid:x\ndestination:/user/queue/events\n\n\0");
            assertThat(socket.nextFrame()).startsWith("ERROR").contains("console sessions subscribe to /topic/console.* or /user/queue/console*");
        }
    }

    /**
     * The ERROR frame the server sent for a refusal, after which it closed the connection. Every refusal gets its
     * ERROR frame: a close waits for the frames queued before it (ChatMessageBrokerConfiguration); before that, the
     * first refusal after CONNECTED sometimes lost its ERROR frame to the close.
     */
    private static java.util.Optional<String> refused(RawStompSocket socket, String what) throws Exception {
        String frame = socket.pollFrame();
        assertThat(frame).as("%s: ERROR frame", what).isNotNull().startsWith("ERROR");
        assertThat(socket.awaitClosed()).as("%s: connection closed", what).isNotEqualTo(-2);
        return java.util.Optional.of(frame);
    }

    @Test
    void otherCustomersChatOnWhileForbiddenFramesAreRefused() throws Exception {
        try (RawStompSocket wellBehaved = RawStompSocket.open(http, port).connectAs(null)) {
            for (int i = 0; i < 5; i++) {
                try (RawStompSocket rogue = RawStompSocket.open(http, port).connectAs(null)) {
                    rogue.send("SUBSCRIBE\nid:x\ndestination:/topic/console.queue\n\n\0");
                    refused(rogue, "/topic/console.queue")
                            .ifPresent(frame -> assertThat(frame).startsWith("ERROR"));
                }
                wellBehaved.sendJson("/app/chat.send", "{\"clientMessageId\":\"polite-" + i + "\",\"text\":\"hello\"}");
                assertThat(wellBehaved.nextFrameContaining("\"clientMessageId\":\"polite-" + i + "\"")).startsWith("MESSAGE");
            }
        }
    }
}
