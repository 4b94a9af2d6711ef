package org.shopchat.kb;

import java.util.List;
import java.util.Set;

/** Reads {@code articles/<id>.md}: front matter schema only; content rules are the {@link ContentValidator}'s. */
public final class ArticleParser {

    static final List<String> KEYS = List.of("id", "title", "intents", "questions", "tags", "revision", "status");

    public ParseResult<Article> read(String fileName, String text) {
        FrontMatterDocument doc = FrontMatterDocument.read(fileName, text);
        if (doc.hasProblems()) {
            return doc.result(() -> null);
        }
        doc.rejectUnknownKeys(Set.copyOf(KEYS));
        String id = doc.text("id");
        String title = doc.text("title");
        List<String> intents = doc.textList("intents");
        List<String> questions = doc.textList("questions");
        List<String> tags = doc.textList("tags");
        Integer revision = doc.integer("revision");
        ArticleStatus status = Fields.status(doc);
        return doc.result(() -> new Article(id, title, intents, questions, tags, revision, status, doc.body()));
    }

    /** @throws ContentException naming file and line of every schema problem */
    public Article parse(String fileName, String text) {
        return read(fileName, text).orThrow();
    }
}
