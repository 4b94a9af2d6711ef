package org.shopchat.kb;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A Markdown file with YAML front matter between two {@code ---} lines. Field readers record a problem (with the
 * line) instead of throwing, so one pass reports everything wrong with a file.
 */
final class FrontMatterDocument {

    static final String DELIMITER = "---";

    private final String fileName;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> fieldLines = new HashMap<>();
    private final Map<String, List<Integer>> itemLines = new HashMap<>();
    private String body = "";
    private int bodyStartLine;

    private FrontMatterDocument(String fileName) {
        this.fileName = fileName;
    }

    static FrontMatterDocument read(String fileName, String text) {
        FrontMatterDocument doc = new FrontMatterDocument(fileName);
        doc.split(text.replace("\r\n", "\n"));
        return doc;
    }

    private void split(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(DELIMITER)) {
            problem(1, "file must start with a '---' line opening the front matter");
            return;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals(DELIMITER)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problem(1, "front matter is not closed by a '---' line");
            return;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder bodyText = new StringBuilder();
        for (int i = close + 1; i < lines.length; i++) {
            bodyText.append(lines[i]);
            if (i < lines.length - 1) {
                bodyText.append('\n');
            }
        }
        // The file ends with one newline after the body; it belongs to the file format, not to the body.
        body = bodyText.toString().endsWith("\n") ? bodyText.substring(0, bodyText.length() - 1) : bodyText.toString();
        bodyStartLine = close + 2;
        readYaml(yaml.toString());
    }

    private void readYaml(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problem(mark == null ? 1 : lineOf(mark), "front matter is not valid YAML: " + e.getProblem());
            return;
        } catch (YAMLException e) {
            problem(1, "front matter is not valid YAML: " + e.getMessage());
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(1, "front matter must be a list of 'key: value' lines");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            int line = lineOf(tuple.getKeyNode().getStartMark());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(line, "front matter keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (fields.containsKey(key)) {
                problem(line, "key '" + key + "' appears twice");
                continue;
            }
            fields.put(key, tuple.getValueNode());
            fieldLines.put(key, line);
        }
    }

    private static int lineOf(Mark mark) {
        // +1 for 0-based marks, +1 for the opening '---' line.
        return mark.getLine() + 2;
    }

    void rejectUnknownKeys(Set<String> allowed) {
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                problem(fieldLines.get(key), "unknown key '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
        }
    }

    /** A required non-blank text value, or null after recording a problem. */
    String text(String key) {
        Node node = required(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            problem(fieldLines.get(key), "'" + key + "' must be a single text value");
            return null;
        }
        if (scalar.getValue().isBlank()) {
            problem(fieldLines.get(key), "'" + key + "' must not be empty");
            return null;
        }
        return scalar.getValue();
    }

    /** A required whole number, or null after recording a problem. */
    Integer integer(String key) {
        Node node = required(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Integer.valueOf(scalar.getValue());
            } catch (NumberFormatException e) {
                // falls through to the problem below
            }
        }
        problem(fieldLines.get(key), "'" + key + "' must be a whole number");
        return null;
    }

    /** A required list of non-blank texts (may be empty), or null after recording a problem. */
    List<String> textList(String key) {
        Node node = required(key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(fieldLines.get(key), "'" + key + "' must be a list ('- item' lines or [a, b])");
            return null;
        }
        List<String> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            int line = lineOf(item.getStartMark());
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue());
                lines.add(line);
            } else {
                problem(line, "every item of '" + key + "' must be a non-empty text");
                ok = false;
            }
        }
        itemLines.put(key, lines);
        return ok ? values : null;
    }

    private Node required(String key) {
        Node node = fields.get(key);
        if (node == null) {
            problem(1, "missing required key '" + key + "'");
        }
        return node;
    }

    void recordItemLines(String key, List<Integer> lines) {
        itemLines.put(key, List.copyOf(lines));
    }

    int lineOfKey(String key) {
        return fieldLines.getOrDefault(key, 1);
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(fileName, line, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<ContentProblem> problems() {
        return problems;
    }

    String body() {
        return body;
    }

    int bodyStartLine() {
        return bodyStartLine;
    }

    SourceLines sourceLines() {
        return new SourceLines(fieldLines, itemLines, bodyStartLine);
    }

    <T> ParseResult<T> result(Supplier<T> value) {
        return hasProblems()
                ? new ParseResult<>(Optional.empty(), problems, sourceLines())
                : new ParseResult<>(Optional.of(value.get()), List.of(), sourceLines());
    }
}
