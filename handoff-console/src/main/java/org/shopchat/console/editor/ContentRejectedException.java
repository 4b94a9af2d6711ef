package org.shopchat.console.editor;

import java.util.List;

/** A save refused because the content breaks content rules; each problem names its form field. */
public class ContentRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public ContentRejectedException(List<FieldProblem> problems) {
        super(problems.size() + " content problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
