package org.shopchat.console.editor;

import java.util.Arrays;
import java.util.List;

/**
 * The article editor's form as posted: list fields one item per line (tags may also be comma-separated).
 * Line endings from browsers (CRLF) are normalised so a save does not change text the editor did not touch.
 */
record ArticleForm(String id, String title, String intents, String questions, String tags, String body) {

    static final int MAX_BODY_CHARS = 50_000;

    ArticleForm {
        id = clean(id).strip();
        title = clean(title).strip();
        intents = clean(intents);
        questions = clean(questions);
        tags = clean(tags);
        body = stripTrailingNewlines(clean(body));
    }

    static ArticleForm of(ArticleContent content) {
        return new ArticleForm(content.id(), content.title(), String.join("\n", content.intents()),
                String.join("\n", content.questions()), String.join("\n", content.tags()), content.body());
    }

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", "");
    }

    ArticleContent toContent() {
        if (body.length() > MAX_BODY_CHARS) {
            throw new ContentRejectedException(List.of(new FieldProblem("body", 0,
                    "the body has " + body.length() + " characters, at most " + MAX_BODY_CHARS)));
        }
        return new ArticleContent(id, title, lines(intents), lines(questions), lines(tags.replace(',', '\n')), body);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The files end the body with one newline, which the writer adds; a textarea may send more or none. */
    private static String stripTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
