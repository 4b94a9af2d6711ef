package org.shopchat.kb;

import java.util.Objects;

/**
 * One rule broken by a content file. {@code file} is relative to the {@code kb/} folder (e.g.
 * {@code articles/returns-start.md}); {@code line} is 1-based, or 0 when the problem concerns the file as a whole.
 */
public record ContentProblem(String file, int line, String message) {

    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
