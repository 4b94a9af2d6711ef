package org.shopchat.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code templates/<id>.md}: front matter (id, description, revision, status) and a body that is a Markdown
 * bullet list, one variant per {@code - } line.
 */
public final class TemplateParser {

    static final List<String> KEYS = List.of("id", "description", "revision", "status");
    static final String BULLET = "- ";
    /** Name under which {@link SourceLines#item} finds the line of each variant. */
    public static final String VARIANTS = "variants";

    public ParseResult<ResponseTemplate> read(String fileName, String text) {
        FrontMatterDocument doc = FrontMatterDocument.read(fileName, text);
        if (doc.hasProblems()) {
            return doc.result(() -> null);
        }
        doc.rejectUnknownKeys(Set.copyOf(KEYS));
        String id = doc.text("id");
        String description = doc.text("description");
        Integer revision = doc.integer("revision");
        ArticleStatus status = Fields.status(doc);
        Optional<TemplateKey> key = Optional.empty();
        if (id != null) {
            key = TemplateKey.byId(id);
            if (key.isEmpty()) {
                doc.problem(doc.lineOfKey("id"), "'" + id + "' is not a template id the bot knows (see TemplateKey)");
            }
        }
        List<String> variants = variants(doc);
        Optional<TemplateKey> found = key;
        return doc.result(() -> new ResponseTemplate(found.orElseThrow(), description, revision, status, variants));
    }

    /** @throws ContentException naming file and line of every format problem */
    public ResponseTemplate parse(String fileName, String text) {
        return read(fileName, text).orThrow();
    }

    private static List<String> variants(FrontMatterDocument doc) {
        List<String> variants = new ArrayList<>();
        List<Integer> variantLines = new ArrayList<>();
        String[] lines = doc.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = doc.bodyStartLine() + i;
            if (line.startsWith(BULLET) && !line.substring(BULLET.length()).isBlank()) {
                variants.add(line.substring(BULLET.length()).strip());
                variantLines.add(lineNumber);
            } else if (!line.isBlank()) {
                doc.problem(lineNumber, "each variant must be one line starting with '- '");
            }
        }
        doc.recordItemLines(VARIANTS, variantLines);
        if (variants.isEmpty() && !doc.hasProblems()) {
            doc.problem(doc.bodyStartLine(), "template has no variants (one '- ' line per variant)");
        }
        return variants;
    }
}
