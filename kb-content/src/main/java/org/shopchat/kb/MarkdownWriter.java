package org.shopchat.kb;

import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes articles, templates and the persona in the exact file format the parsers read. Shipped files are kept in
 * this canonical form (a test checks parse → write gives the same text), so an editor export diffs cleanly.
 */
public final class MarkdownWriter {

    private static final String SPECIAL_FIRST_CHARS = "-?:,[]{}#&*!|>'\"%@`";

    public String write(Article article) {
        StringBuilder out = new StringBuilder(FrontMatterDocument.DELIMITER).append('\n');
        scalar(out, "id", article.id());
        scalar(out, "title", article.title());
        list(out, "intents", article.intents());
        list(out, "questions", article.questions());
        list(out, "tags", article.tags());
        out.append("revision: ").append(article.revision()).append('\n');
        out.append("status: ").append(article.status().text()).append('\n');
        return out.append(FrontMatterDocument.DELIMITER).append('\n').append(article.body()).append('\n').toString();
    }

    public String write(ResponseTemplate template) {
        StringBuilder out = new StringBuilder(FrontMatterDocument.DELIMITER).append('\n');
        scalar(out, "id", template.key().id());
        scalar(out, "description", template.description());
        out.append("revision: ").append(template.revision()).append('\n');
        out.append("status: ").append(template.status().text()).append('\n');
        out.append(FrontMatterDocument.DELIMITER).append('\n');
        for (String variant : template.variants()) {
            out.append(TemplateParser.BULLET).append(variant).append('\n');
        }
        return out.toString();
    }

    public String write(Persona persona) {
        StringBuilder out = new StringBuilder(FrontMatterDocument.DELIMITER).append('\n');
        scalar(out, "name", persona.name());
        scalar(out, "role", persona.role());
        scalar(out, "avatar", persona.avatar());
        list(out, "toneRules", persona.toneRules());
        out.append("maxReplyChars: ").append(persona.maxReplyChars()).append('\n');
        return out.append(FrontMatterDocument.DELIMITER).append('\n').append(persona.description()).append('\n')
                .toString();
    }

    private static void scalar(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(yamlScalar(value)).append('\n');
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            out.append(key).append(": []\n");
            return;
        }
        out.append(key).append(":\n");
        for (String value : values) {
            out.append("  - ").append(yamlScalar(value)).append('\n');
        }
    }

    /** Plain when YAML reads the text back unchanged as a string, otherwise double-quoted. */
    static String yamlScalar(String value) {
        return isPlainSafe(value) ? value : doubleQuoted(value);
    }

    private static boolean isPlainSafe(String value) {
        if (value.isEmpty() || !value.equals(value.strip()) || SPECIAL_FIRST_CHARS.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")
                || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(value);
        return value.equals(loaded);
    }

    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
