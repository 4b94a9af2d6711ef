package org.shopchat.console.learning;

import java.util.List;
import java.util.Map;

/**
 * Examples or an intent name that break a rule; nothing was stored.
 *
 * @see #problems() messages per form field ({@code name}, {@code intent}, {@code text}, {@code texts}), each a list
 *      of sentences a person understands (with the line for multi-line fields)
 */
public class ExamplesRejectedException extends RuntimeException {

    private final Map<String, List<String>> problems;

    public ExamplesRejectedException(Map<String, List<String>> problems) {
        super(problems.toString());
        this.problems = Map.copyOf(problems);
    }

    public static ExamplesRejectedException of(String field, String message) {
        return new ExamplesRejectedException(Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> problems() {
        return problems;
    }
}
