package org.shopchat.bot.knowledge;

import java.util.List;
import java.util.Objects;

/** "Did this help?" answers for one article, per revision (oldest first), so an edit's effect can be seen. */
public record FeedbackSummary(String articleId, List<RevisionFeedback> revisions) {

    public FeedbackSummary {
        Objects.requireNonNull(articleId, "articleId");
        revisions = List.copyOf(revisions);
    }

    public long helpful() {
        return revisions.stream().mapToLong(RevisionFeedback::helpful).sum();
    }

    public long unhelpful() {
        return revisions.stream().mapToLong(RevisionFeedback::unhelpful).sum();
    }

    /** Counts for one revision of the article. */
    public record RevisionFeedback(int revision, long helpful, long unhelpful) {
    }
}
