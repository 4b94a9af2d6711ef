package org.shopchat.bot.knowledge;

import org.shopchat.kb.Article;

import java.util.List;
import java.util.Objects;

/** What the index holds of one published article revision. */
record IndexedArticle(String id, int revision, String title, List<String> questions, List<String> intents,
                      String body, String shortAnswer) {

    IndexedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
        intents = List.copyOf(intents);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(shortAnswer, "shortAnswer");
    }

    static IndexedArticle of(Article article) {
        return new IndexedArticle(article.id(), article.revision(), article.title(), article.questions(),
                article.intents(), PlainText.of(article.body()), PlainText.of(article.shortAnswer()));
    }
}
