package org.shopchat.bot.content;

import org.shopchat.kb.ArticleStatus;

/**
 * The editorial workflow's state machine, the same for every revised content (articles, response templates, the
 * persona): draft → in review (→ back to draft) → published → archived. A revision changes nothing but its status,
 * and only along these steps.
 */
public enum WorkflowStep {
    SUBMIT(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW),
    /** A reviewer sends the revision back to its author, who may save a new revision or submit it again. */
    RETURN_TO_DRAFT(ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT),
    PUBLISH(ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED),
    /** The published revision is superseded by a newer one, or taken away from customers. */
    ARCHIVE(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED);

    private final ArticleStatus from;
    private final ArticleStatus to;

    WorkflowStep(ArticleStatus from, ArticleStatus to) {
        this.from = from;
        this.to = to;
    }

    /**
     * @param revision names the revision for the refusal, e.g. "revision 3 of article returns-start"
     * @return the status after the step
     * @throws IllegalStateException when the revision's status does not allow the step
     */
    public ArticleStatus from(ArticleStatus current, String revision) {
        if (current != from) {
            throw new IllegalStateException(revision + " is " + current.text() + "; only a " + from.text()
                    + " revision can become " + to.text());
        }
        return to;
    }
}
