package org.shopchat.bot.knowledge;

import java.util.Objects;

/**
 * A published article found for a customer's text.
 *
 * @param shortAnswer the article's first paragraph as plain text (Markdown removed), ready for a chat bubble
 * @param url         the article page on this bot, e.g. {@code /kb/returns-policy}
 * @param score       the Lucene BM25 score including the intent boost; comparable only within one index version
 */
public record ArticleHit(String articleId, int revision, String title, String shortAnswer, String url, double score) {

    public ArticleHit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortAnswer, "shortAnswer");
        Objects.requireNonNull(url, "url");
    }
}
