package org.shopchat.console.editor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Review comments in table {@code editor_review_comment} (migration V11 in bot; subject up to 16 characters), kept by the console itself like its
 * accounts: they are about the editors' conversation, not about what customers see.
 */
@Component
class ReviewComments {

    static final int MAX_CHARS = 2000;

    /** What a comment is about: an article, a response template or the persona, by id (one per {@link ContentKind}). */
    enum Subject { ARTICLE, TEMPLATE, PERSONA }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewComments(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void add(Subject subject, String contentId, int revision, String author, String text) {
        jdbc.update("insert into editor_review_comment (subject, content_id, revision, author, comment_text, "
                        + "created_at) values (?, ?, ?, ?, ?, ?)", subject.name(), contentId, revision, author, text,
                Timestamp.from(clock.instant()));
    }

    /** Oldest first, so a review reads as a conversation. */
    List<ReviewComment> of(Subject subject, String contentId) {
        return jdbc.query("select content_id, revision, author, comment_text, created_at from editor_review_comment "
                        + "where subject = ? and content_id = ? order by created_at, id",
                (rs, i) -> new ReviewComment(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), subject.name(), contentId);
    }
}
