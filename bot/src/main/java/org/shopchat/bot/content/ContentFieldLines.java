package org.shopchat.bot.content;

import org.shopchat.console.editor.FieldProblem;
import org.shopchat.kb.ContentProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the line numbers of content problems (lines of the file MarkdownWriter writes) into the editor's form
 * fields: a front matter key or list item, or a line of the body. Problems of the file as a whole, or of fields the
 * form does not have, go to the field {@code article}.
 */
public final class ContentFieldLines {

    public static final String WHOLE = "article";
    private static final String DELIMITER = "---";
    private static final String ITEM = "  - ";

    private final String[] lines;
    private final int closingLine;

    /** @param fileText the written file, whose front matter opens on line 1 */
    public ContentFieldLines(String fileText) {
        this.lines = fileText.split("\n", -1);
        int close = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals(DELIMITER)) {
                close = i + 1;
                break;
            }
        }
        this.closingLine = close;
    }

    public List<FieldProblem> fieldProblems(List<ContentProblem> problems, List<String> formFields, String bodyField) {
        List<FieldProblem> out = new ArrayList<>();
        for (ContentProblem problem : problems) {
            out.add(locate(problem, formFields, bodyField));
        }
        return out;
    }

    private FieldProblem locate(ContentProblem problem, List<String> formFields, String bodyField) {
        int line = problem.line();
        if (line <= 0 || line > lines.length) {
            return new FieldProblem(WHOLE, 0, problem.message());
        }
        if (closingLine > 0 && line > closingLine) {
            return new FieldProblem(bodyField, line - closingLine, problem.message());
        }
        int item = 0;
        for (int i = line - 1; i > 0; i--) {
            String text = lines[i];
            if (text.startsWith(ITEM)) {
                item++;
                continue;
            }
            int colon = text.indexOf(':');
            String key = colon > 0 ? text.substring(0, colon) : "";
            if (!formFields.contains(key)) {
                return new FieldProblem(WHOLE, 0, problem.message());
            }
            // Counting from the item's own line: the first item below the key is item 1.
            return new FieldProblem(key, lines[line - 1].startsWith(ITEM) ? item : 0, problem.message());
        }
        return new FieldProblem(WHOLE, 0, problem.message());
    }
}
