package org.shopchat.bot.content;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.shopchat.kb.ArticleStatus;

import java.time.Instant;

/**
 * What every saved revision of edited content has (articles, response templates, the persona): its number, its
 * status in the editorial workflow ({@link WorkflowStep}), who saved it and when. Revisions never change except
 * for their status. Each content keeps its own table with these columns.
 */
@MappedSuperclass
public abstract class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleStatus status;

    @Column(length = 120)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected ContentRevision() {
    }

    /** @param author null for shipped content */
    protected ContentRevision(int revision, ArticleStatus status, String author, Instant now) {
        this.revision = revision;
        this.status = status;
        this.author = author;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** Names the content in a refusal, e.g. "article returns-start". */
    protected abstract String contentName();

    public void submitForReview(Instant now) {
        move(WorkflowStep.SUBMIT, now);
    }

    public void returnToDraft(Instant now) {
        move(WorkflowStep.RETURN_TO_DRAFT, now);
    }

    public void publish(Instant now) {
        move(WorkflowStep.PUBLISH, now);
    }

    public void archive(Instant now) {
        move(WorkflowStep.ARCHIVE, now);
    }

    private void move(WorkflowStep step, Instant now) {
        status = step.from(status, "revision " + revision + " of " + contentName());
        statusChangedAt = now;
    }

    public int getRevision() {
        return revision;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
