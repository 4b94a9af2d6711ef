package org.shopchat.console.editor;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A response template in the editor's list.
 *
 * @param audience          who reads it: CUSTOMER, AGENT or LABEL (buttons and status words)
 * @param placeholders      the names every variant must use, sorted
 * @param publishedRevision the revision the bot says, 0 when none
 */
public record TemplateSummary(String id, String description, String audience, List<String> placeholders,
                              int latestRevision, ContentStatus latestStatus, int publishedRevision,
                              Instant lastEditedAt, String lastEditedBy) {

    public TemplateSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(audience, "audience");
        placeholders = List.copyOf(placeholders);
        Objects.requireNonNull(latestStatus, "latestStatus");
        Objects.requireNonNull(lastEditedAt, "lastEditedAt");
    }
}
