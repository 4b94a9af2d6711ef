package org.shopchat.console.editor;

import java.util.Objects;

/**
 * A content rule broken by one field of the editor's form.
 *
 * @param field     the form field: {@code id}, {@code title}, {@code intents}, {@code questions}, {@code tags},
 *                  {@code body} (or {@code variants} for a template)
 * @param fieldLine 1-based line within the field (a list item or body line), 0 for the field as a whole
 */
public record FieldProblem(String field, int fieldLine, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
