package org.shopchat.console.handoff;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Editors' canned responses: stored, listed by title, validated with messages an editor understands. */
class CannedResponsesTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

    private CannedResponses canned;

    @BeforeEach
    void emptyTable() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:canned-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // The table as migration V10 (bot/src/main/resources/db/migration) creates it.
        jdbc.execute("create table canned_response (id uuid not null primary key, title varchar(80) not null, "
                + "text varchar(2000) not null, updated_by varchar(40) not null, "
                + "updated_at timestamp(6) with time zone not null)");
        jdbc.execute("create unique index ux_canned_response_title on canned_response (title)");
        canned = new CannedResponses(jdbc, Optional.of(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @Test
    void anEditorsResponseIsStoredTrimmedAndListedByTitle() {
        CannedResponse refund = canned.create("  Refund method ", " Refunds go back to the card you paid with.\n", "editor");
        canned.create("anything else", "Is there anything else I can help you with?", "editor");
        assertThat(refund).extracting(CannedResponse::title, CannedResponse::text, CannedResponse::updatedBy,
                CannedResponse::updatedAt)
                .containsExactly("Refund method", "Refunds go back to the card you paid with.", "editor", NOW);
        assertThat(canned.list()).extracting(CannedResponse::title).containsExactly("anything else", "Refund method");
        assertThat(canned.find(refund.id())).contains(refund);
    }

    @Test
    void anEditorChangesAndDeletesAResponse() {
        CannedResponse greeting = canned.create("Greeting", "Hello!", "editor");
        canned.update(greeting.id(), "Greeting", "Hello, thanks for waiting.", "admin");
        assertThat(canned.find(greeting.id())).hasValueSatisfying(c -> {
            assertThat(c.text()).isEqualTo("Hello, thanks for waiting.");
            assertThat(c.updatedBy()).isEqualTo("admin");
        });
        assertThat(canned.delete(greeting.id())).isTrue();
        assertThat(canned.delete(greeting.id())).as("already gone").isFalse();
        assertThat(canned.list()).isEmpty();
    }

    @Test
    void rejectsEmptyOrOverlongTitlesAndTexts() {
        assertThatThrownBy(() -> canned.create("  ", "text", "editor")).hasMessage("The title needs 1 to 80 characters.");
        assertThatThrownBy(() -> canned.create("t".repeat(81), "text", "editor")).hasMessage("The title needs 1 to 80 characters.");
        assertThatThrownBy(() -> canned.create("Title", null, "editor")).hasMessage("The text needs 1 to 2000 characters.");
        assertThatThrownBy(() -> canned.create("Title", "x".repeat(2001), "editor")).hasMessage("The text needs 1 to 2000 characters.");
        assertThatThrownBy(() -> canned.create("Title", "bell\u0007", "editor")).hasMessage("The text contains control characters.");
        assertThat(canned.list()).isEmpty();
    }

    @Test
    void twoResponsesCannotShareATitle() {
        CannedResponse first = canned.create("Greeting", "Hello!", "editor");
        CannedResponse other = canned.create("Goodbye", "Bye!", "editor");
        assertThatThrownBy(() -> canned.create("Greeting", "Hi!", "editor"))
                .hasMessage("A canned response titled \"Greeting\" exists already.");
        assertThatThrownBy(() -> canned.update(other.id(), "Greeting", "Bye!", "editor"))
                .hasMessage("A canned response titled \"Greeting\" exists already.");
        assertThat(canned.find(first.id())).contains(first);
    }

    @Test
    void changingAResponseThatWasDeletedMeanwhileIsReported() {
        assertThatThrownBy(() -> canned.update(UUID.randomUUID(), "Title", "Text", "editor"))
                .hasMessage("There is no such canned response (deleted meanwhile?).");
    }
}
