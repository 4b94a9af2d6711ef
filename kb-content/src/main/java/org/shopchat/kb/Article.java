package org.shopchat.kb;

import java.util.List;
import java.util.Objects;

/**
 * A knowledge base answer. The body is Markdown whose first paragraph is the short answer shown in a chat bubble;
 * internal links are written {@code [text](kb:<article-id>)}.
 */
public record Article(String id, String title, List<String> intents, List<String> questions, List<String> tags,
                      int revision, ArticleStatus status, String body) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        intents = List.copyOf(intents);
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
    }

    /** The first paragraph of the body with its line breaks joined by spaces: the answer usable on its own. */
    public String shortAnswer() {
        return MarkdownBlocks.firstParagraph(body);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
