package org.shopchat.kb;

import java.util.List;
import java.util.stream.Collectors;

/** Content that breaks the rules; the message lists every problem as {@code file:line: message}, one per line. */
public class ContentException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentException(List<ContentProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    private static String describe(List<ContentProblem> problems) {
        return problems.size() + " content problem(s):\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
    }
}
