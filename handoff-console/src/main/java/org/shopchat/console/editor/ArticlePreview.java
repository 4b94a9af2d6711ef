package org.shopchat.console.editor;

import java.util.Objects;

/**
 * An article body as customers would see it.
 *
 * @param html     the article page's body HTML, from the same renderer and sanitiser as the public page
 * @param chatText the short answer as the chat bubble shows it (plain text)
 */
public record ArticlePreview(String html, String chatText) {

    public ArticlePreview {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(chatText, "chatText");
    }
}
