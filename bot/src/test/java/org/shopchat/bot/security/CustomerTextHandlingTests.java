package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: customer text never reaches Lucene query syntax, SQL or the logs. Query syntax is searched as words (the
 * bot answers, nothing fails), SQL is stored verbatim (bound parameters), and nothing a customer types, however
 * malformed or rejected, is written to the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CustomerTextHandlingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void luceneQuerySyntaxIsSearchedAsWordsAndAnswered() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            for (String text : List.of("payment methods* AND title:(\"unclosed OR ~2 \\\\", "+returns -policy^10 [a TO z",
                    "delivery? {!lucene} body:/.*/ &&||")) {
                customer.send("lucene-" + text.hashCode(), text);
                assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("text", text);
                assertThat(customer.nextMessageFrom("BOT").get("text")).as(text).asString().isNotBlank();
            }
            assertThat(customer.drain()).noneMatch(e -> "error".equals(e.get("type")));
        }
    }

    @Test
    void sqlInACustomerMessageIsStoredVerbatim() throws Exception {
        String text = "x'); delete from message; drop table conversation; --";
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("sql-1", text);
            customer.nextMessageFrom("CUSTOMER");
            customer.nextMessageFrom("BOT");
        }
        assertThat(jdbc.queryForObject("select text from message where client_message_id = 'sql-1'", String.class))
                .isEqualTo(text);
        assertThat(jdbc.queryForObject("select count(*) from conversation", Long.class)).isPositive();
    }

    @Test
    void nothingACustomerTypesReachesTheLog(CapturedOutput output) throws Exception {
        String marker = "zebra-quartz-7731";
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send("log-1", "my name is " + marker + " and my card is 4111 1111 1111 1111");
            customer.nextMessageFrom("CUSTOMER");
            customer.nextMessageFrom("BOT");
            customer.send("log-2", marker + " I want to talk to a human, this is a complaint");
            customer.nextMessageFrom("CUSTOMER");
            customer.send("log-3", marker.repeat(200));
            customer.next("error");
            customer.sendRaw("/app/chat.send", "application/json",
                    ("{\"clientMessageId\":\"log-4\",\"text\":\"" + marker + "\",").getBytes(StandardCharsets.UTF_8));
            customer.next("error");
            customer.sendRaw("/app/chat.send", "application/json",
                    ("{\"clientMessageId\":\"log-5\",\"text\":[\"" + marker + "\"]}").getBytes(StandardCharsets.UTF_8));
            customer.next("error");
            customer.send("log-6", "and one more " + marker);
            customer.nextMessageFrom("CUSTOMER");
            Map<String, Object> last = customer.next("message");
            assertThat(last).isNotNull();
        }
        assertThat(output.getAll()).as("the log").contains("Rejected a malformed customer frame")
                .doesNotContain(marker).doesNotContain("4111 1111").doesNotContain("4111111111111111");
    }
}
