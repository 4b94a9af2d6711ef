package org.shopchat.console.learning;

import java.time.Instant;
import java.util.Objects;

/**
 * One training example.
 *
 * @param source where it came from: {@code shipped} (the library's training files), {@code console}, {@code gaps}
 */
public record IntentExample(long id, String intent, String text, String source, String author, Instant changedAt) {

    public IntentExample {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
