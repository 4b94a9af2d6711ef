package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * How the widget will present a persona: its header (name and avatar as the widget loads it) and the greeting a new
 * conversation opens with, rendered from the published greeting template, with every content problem of the fields
 * so far (the same rules a save checks).
 *
 * @param avatarUrl the address the widget's header image loads, empty when the avatar is not allowed
 * @param greetings the greeting template's variants with the name filled in
 */
public record PersonaPreview(String name, String avatarUrl, List<String> greetings, List<FieldProblem> problems) {

    public PersonaPreview {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(avatarUrl, "avatarUrl");
        greetings = List.copyOf(greetings);
        problems = List.copyOf(problems);
    }
}
