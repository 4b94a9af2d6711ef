package org.shopchat.bot.knowledge;

import java.util.Objects;

/** A revision of an article became the one customers see (imported from kb-content or published by an editor). */
public record ArticlePublished(String articleId, int revision) {

    public ArticlePublished {
        Objects.requireNonNull(articleId, "articleId");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1, was " + revision);
        }
    }
}
