package org.shopchat.bot.escalation;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An agent works through the messages customers left while nobody could chat: list, record the reply, close. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class OfflineTicketConsoleTests {

    @LocalServerPort
    int port;
    @Autowired
    Escalation escalation;
    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgentListsAnswersAndClosesAnOfflineMessage() throws Exception {
        UUID conversation = conversations.open(Optional.empty()).id();
        UUID ticket = escalation.leaveOfflineMessage(conversation, "dana@example.com",
                "My <b>parcel</b> NW-100003 never came").ticketId();
        ConsoleSession priya = ConsoleSession.signIn(port, "agent1", "agent1-demo");

        HttpResponse<String> list = priya.get("/console/tickets");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("data-id=\"" + ticket + "\"").contains("dana@example.com")
                .contains("My &lt;b&gt;parcel&lt;/b&gt; NW-100003 never came");

        assertThat(priya.post("/console/tickets/" + ticket + "/reply", "text=+&_csrf=" + priya.csrf("/console/tickets"))
                .statusCode()).isEqualTo(302);
        assertThat(row(ticket)).as("an empty reply is not recorded").containsEntry("STATUS", "OPEN");

        priya.post("/console/tickets/" + ticket + "/reply", "text=" + ConsoleSession.form("Re-sent today by express.")
                + "&_csrf=" + priya.csrf("/console/tickets"));
        assertThat(row(ticket)).containsEntry("STATUS", "ANSWERED").containsEntry("REPLY", "Re-sent today by express.")
                .containsEntry("REPLIED_BY", "agent1");
        assertThat(priya.get("/console/tickets").body()).contains("Answered by agent1:").contains("Re-sent today by express.");

        priya.post("/console/tickets/" + ticket + "/close", "_csrf=" + priya.csrf("/console/tickets"));
        assertThat(row(ticket)).containsEntry("STATUS", "CLOSED");
        HttpResponse<String> late = priya.post("/console/tickets/" + ticket + "/reply", "text=again&_csrf="
                + priya.csrf("/console/tickets"));
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(row(ticket)).as("a closed message stays closed").containsEntry("STATUS", "CLOSED")
                .containsEntry("REPLY", "Re-sent today by express.");
    }

    @Test
    void anUnknownOfflineMessageIsANotFoundPageNotAnError() throws Exception {
        ConsoleSession tom = ConsoleSession.signIn(port, "agent2", "agent2-demo");
        HttpResponse<String> response = tom.post("/console/tickets/" + UUID.randomUUID() + "/close",
                "_csrf=" + tom.csrf("/console/tickets"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no such offline message.");
    }

    private Map<String, Object> row(UUID ticket) {
        return jdbc.queryForMap("select status, reply, replied_by from offline_ticket where id = ?", ticket);
    }
}
