package org.shopchat.console.editor;

import java.util.Arrays;
import java.util.List;

/**
 * The persona editor's form as posted: tone rules one per line, the reply limit as typed (a number is checked here,
 * so that a typo is a message at the field, not a failed request). Line endings are normalised like articles'.
 */
record PersonaForm(String name, String role, String avatar, String toneRules, String maxReplyChars,
                   String description) {

    static final int MAX_FORM_CHARS = 30_000;

    PersonaForm {
        name = clean(name).strip();
        role = clean(role).strip();
        avatar = clean(avatar).strip();
        toneRules = clean(toneRules);
        maxReplyChars = clean(maxReplyChars).strip();
        description = stripTrailingNewlines(clean(description));
    }

    static PersonaForm of(PersonaContent content) {
        return new PersonaForm(content.name(), content.role(), content.avatar(),
                String.join("\n", content.toneRules()), String.valueOf(content.maxReplyChars()),
                content.description());
    }

    PersonaContent toContent() {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (name.contains("\n") || role.contains("\n") || avatar.contains("\n")) {
            problems.add(new FieldProblem(name.contains("\n") ? "name" : role.contains("\n") ? "role" : "avatar", 0,
                    "must be one line"));
        }
        if (toneRules.length() + description.length() > MAX_FORM_CHARS) {
            problems.add(new FieldProblem("description", 0, "the tone rules and description have more than "
                    + MAX_FORM_CHARS + " characters"));
        }
        int limit = 0;
        if (!maxReplyChars.matches("[0-9]{1,5}")) {
            problems.add(new FieldProblem("maxReplyChars", 0, "must be a whole number of characters, e.g. 280"));
        } else {
            limit = Integer.parseInt(maxReplyChars);
            if (limit <= 0) {
                problems.add(new FieldProblem("maxReplyChars", 0, "must be a positive number"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems);
        }
        return new PersonaContent(name, role, avatar, lines(toneRules), limit, description);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String stripTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
