package org.shopchat.console.handoff;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The canned responses in table {@code canned_response} (migration V10 in bot): editors create, change and delete
 * them; agents list them and insert one into their reply. Text is what an agent would type, so it is checked like
 * an agent's message: trimmed, not empty, bounded, no control characters.
 */
@Service
public class CannedResponses {

    public static final int MAX_TITLE_CHARS = 80;
    public static final int MAX_TEXT_CHARS = 2000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CannedResponses(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    private static final String COLUMNS = "select id, title, text, updated_by, updated_at from canned_response";
    private static final RowMapper<CannedResponse> ROW = (rs, i) -> new CannedResponse(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant());

    /** All of them, by title. */
    public List<CannedResponse> list() {
        return jdbc.query(COLUMNS + " order by lower(title), title", ROW);
    }

    public Optional<CannedResponse> find(UUID id) {
        return jdbc.query(COLUMNS + " where id = ?", ROW, id).stream().findFirst();
    }

    /**
     * @throws IllegalArgumentException with a message for the editor when the title or text breaks the rules or
     *                                  the title is taken
     */
    @Transactional
    public CannedResponse create(String title, String text, String editor) {
        String cleanTitle = clean("title", title, MAX_TITLE_CHARS);
        String cleanText = clean("text", text, MAX_TEXT_CHARS);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("insert into canned_response (id, title, text, updated_by, updated_at) values (?, ?, ?, ?, ?)",
                    id, cleanTitle, cleanText, editor, now);
        } catch (DuplicateKeyException e) {
            throw titleTaken(cleanTitle);
        }
        return new CannedResponse(id, cleanTitle, cleanText, editor, now.toInstant());
    }

    /** @throws IllegalArgumentException as for {@link #create}, or when there is no such canned response */
    @Transactional
    public void update(UUID id, String title, String text, String editor) {
        String cleanTitle = clean("title", title, MAX_TITLE_CHARS);
        String cleanText = clean("text", text, MAX_TEXT_CHARS);
        int updated;
        try {
            updated = jdbc.update("update canned_response set title = ?, text = ?, updated_by = ?, updated_at = ? where id = ?",
                    cleanTitle, cleanText, editor, Timestamp.from(clock.instant()), id);
        } catch (DuplicateKeyException e) {
            throw titleTaken(cleanTitle);
        }
        if (updated == 0) {
            throw new IllegalArgumentException("There is no such canned response (deleted meanwhile?).");
        }
    }

    /** @return false when it did not exist (deleted meanwhile) */
    @Transactional
    public boolean delete(UUID id) {
        return jdbc.update("delete from canned_response where id = ?", id) > 0;
    }

    private static IllegalArgumentException titleTaken(String title) {
        return new IllegalArgumentException("A canned response titled \"" + title + "\" exists already.");
    }

    private static String clean(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > max) {
            throw new IllegalArgumentException("The " + field + " needs 1 to " + max + " characters.");
        }
        if (CONTROL.matcher(stripped).find()) {
            throw new IllegalArgumentException("The " + field + " contains control characters.");
        }
        return stripped;
    }
}
