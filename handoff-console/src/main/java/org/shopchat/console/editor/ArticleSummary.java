package org.shopchat.console.editor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article in the editor's list: its newest revision and which revision customers see.
 *
 * @param publishedRevision the revision customers see, 0 when none is published
 * @param lastEditedBy      author of the newest revision; null when it was shipped with the bot
 */
public record ArticleSummary(String id, String title, List<String> intents, List<String> tags, int latestRevision,
                             ContentStatus latestStatus, int publishedRevision, Instant lastEditedAt,
                             String lastEditedBy) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        intents = List.copyOf(intents);
        tags = List.copyOf(tags);
        Objects.requireNonNull(latestStatus, "latestStatus");
        Objects.requireNonNull(lastEditedAt, "lastEditedAt");
    }
}
