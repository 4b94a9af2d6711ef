package org.shopchat.console.editor;

import java.time.Instant;
import java.util.Objects;

/** One saved revision of the persona; {@code author} is null for the shipped revision. */
public record PersonaRevisionView(int revision, ContentStatus status, String author, Instant createdAt,
                                  Instant statusChangedAt, PersonaContent content) implements Revision<PersonaContent> {

    public PersonaRevisionView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        Objects.requireNonNull(content, "content");
    }
}
