package org.shopchat.console.editor;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's or author's remark on one revision. */
public record ReviewComment(String contentId, int revision, String author, String text, Instant createdAt) {

    public ReviewComment {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
