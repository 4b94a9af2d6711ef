package org.shopchat.console.editor;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Line-by-line difference between two revisions of an article, a template or the persona, side by side, computed with java-diff-utils (Myers).
 * Both revisions are first written as the same plain text (fields, then the body), so a change of a title, a
 * question, a variant or a body line each shows as its own row.
 */
record RevisionDiff(int fromRevision, int toRevision, List<Row> rows) {

    /** One row: {@code kind} is equal, insert, delete or change; either side may be empty. */
    record Row(String kind, String before, String after) {
    }

    // The rows go into th:text, which escapes; the library's default normaliser would escape a second time.
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(false).lineNormalizer(Function.identity()).build();

    static RevisionDiff between(ArticleRevisionView from, ArticleRevisionView to) {
        return between(from, to, RevisionDiff::text);
    }

    static <C> RevisionDiff between(Revision<C> from, Revision<C> to, Function<C, List<String>> text) {
        List<Row> rows = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(text.apply(from.content()), text.apply(to.content()))) {
            rows.add(new Row(row.getTag().name().toLowerCase(Locale.ROOT), row.getOldLine(), row.getNewLine()));
        }
        return new RevisionDiff(from.revision(), to.revision(), rows);
    }

    public boolean identical() {
        return rows.stream().allMatch(r -> r.kind().equals("equal"));
    }

    static List<String> text(ArticleContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("title: " + content.title());
        content.intents().forEach(i -> lines.add("intent: " + i));
        content.questions().forEach(q -> lines.add("question: " + q));
        content.tags().forEach(t -> lines.add("tag: " + t));
        lines.add("");
        lines.addAll(List.of(content.body().split("\n", -1)));
        return lines;
    }

    static List<String> text(TemplateContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("description: " + content.description());
        lines.add("");
        content.variants().forEach(v -> lines.add("variant: " + v));
        return lines;
    }

    static List<String> text(PersonaContent content) {
        List<String> lines = new ArrayList<>();
        lines.add("name: " + content.name());
        lines.add("role: " + content.role());
        lines.add("avatar: " + content.avatar());
        content.toneRules().forEach(t -> lines.add("tone rule: " + t));
        lines.add("longest reply: " + content.maxReplyChars() + " characters");
        lines.add("");
        lines.addAll(List.of(content.description().split("\n", -1)));
        return lines;
    }
}
