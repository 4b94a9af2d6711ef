package org.shopchat.console.editor;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved revision of an article as the editor console shows it.
 *
 * @param author who saved it; null for a revision shipped with the bot's kb-content files
 */
public record ArticleRevisionView(int revision, ContentStatus status, String author, Instant createdAt,
                                  Instant statusChangedAt, ArticleContent content)
        implements Revision<ArticleContent> {

    public ArticleRevisionView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(content, "content");
    }
}
