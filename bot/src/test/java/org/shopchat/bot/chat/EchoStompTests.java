package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's echo destination answers only the sender, with the same id and text, when switched on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shopchat.bench.echo-enabled=true", "shopchat.demo-data.enabled=false"})
class EchoStompTests {

    @LocalServerPort
    int port;

    @Test
    void echoesTheFrameBack() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.sendRaw("/app/bench.echo", "application/json",
                    "{\"clientMessageId\":\"e-1\",\"text\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
            Map<String, Object> echo = customer.next("echo");
            assertThat(echo).containsEntry("clientMessageId", "e-1").containsEntry("text", "ping");
        }
    }
}
