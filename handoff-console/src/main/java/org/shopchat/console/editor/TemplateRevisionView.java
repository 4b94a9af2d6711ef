package org.shopchat.console.editor;

import java.time.Instant;
import java.util.Objects;

/** One saved revision of a response template; {@code author} is null for a shipped revision. */
public record TemplateRevisionView(int revision, ContentStatus status, String author, Instant createdAt,
                                   Instant statusChangedAt, TemplateContent content)
        implements Revision<TemplateContent> {

    public TemplateRevisionView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(content, "content");
    }
}
