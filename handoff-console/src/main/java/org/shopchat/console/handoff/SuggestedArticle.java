package org.shopchat.console.handoff;

import java.util.Objects;

/**
 * A published knowledge article that may answer the customer's last message, offered to the agent to send with
 * one click.
 *
 * @param shortAnswer the article's first paragraph as plain text: what the customer receives as the message text
 * @param url         the public article page, e.g. {@code /kb/returns-policy}
 */
public record SuggestedArticle(String articleId, int revision, String title, String shortAnswer, String url) {

    public SuggestedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortAnswer, "shortAnswer");
        Objects.requireNonNull(url, "url");
    }
}
