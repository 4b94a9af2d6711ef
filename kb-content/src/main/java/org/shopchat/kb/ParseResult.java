package org.shopchat.kb;

import java.util.List;
import java.util.Optional;

/** What a parser made of one file: the value when the file is well-formed, and every problem found. */
public record ParseResult<T>(Optional<T> value, List<ContentProblem> problems, SourceLines lines) {

    public ParseResult {
        problems = List.copyOf(problems);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a parse result has either a value or problems");
        }
    }

    /** @throws ContentException naming every problem of the file */
    public T orThrow() {
        return value.orElseThrow(() -> new ContentException(problems));
    }
}
