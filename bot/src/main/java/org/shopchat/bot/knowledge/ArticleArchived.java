package org.shopchat.bot.knowledge;

import java.util.Objects;

/** An article was taken off the shelf: no revision of it reaches customers any more. */
public record ArticleArchived(String articleId) {

    public ArticleArchived {
        Objects.requireNonNull(articleId, "articleId");
    }
}
