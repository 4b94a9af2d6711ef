package org.shopchat.console.editor;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The list filters an editor sets: free text (id, title), status, intent, tag and how recently the article was
 * edited. Blank values do not filter. The status matches the newest revision, or the published one.
 *
 * @param editedWithinDays 0 for any time
 */
record ArticleFilter(String text, ContentStatus status, String intent, String tag, int editedWithinDays) {

    ArticleFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        intent = intent == null ? "" : intent.strip();
        tag = tag == null ? "" : tag.strip();
        editedWithinDays = Math.max(0, editedWithinDays);
    }

    boolean matches(ArticleSummary article, Instant now) {
        return (text.isEmpty() || article.id().contains(text)
                        || article.title().toLowerCase(Locale.ROOT).contains(text))
                && (status == null || article.latestStatus() == status
                        || (status == ContentStatus.PUBLISHED && article.publishedRevision() > 0))
                && (intent.isEmpty() || article.intents().contains(intent))
                && (tag.isEmpty() || article.tags().contains(tag))
                && (editedWithinDays == 0
                        || !article.lastEditedAt().isBefore(now.minus(Duration.ofDays(editedWithinDays))));
    }
}
