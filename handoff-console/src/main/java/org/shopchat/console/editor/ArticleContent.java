package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * What an editor writes for one article: the front matter fields and the Markdown body. Content rules (lengths,
 * intents, links) are checked by the application on save, with the same rules as the kb-content files.
 */
public record ArticleContent(String id, String title, List<String> intents, List<String> questions,
                             List<String> tags, String body) {

    public ArticleContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        intents = List.copyOf(intents);
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
        Objects.requireNonNull(body, "body");
    }
}
