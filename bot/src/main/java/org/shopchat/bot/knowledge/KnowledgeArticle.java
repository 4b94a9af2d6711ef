package org.shopchat.bot.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An article across all its revisions. It hands out revision numbers, so that two editors saving at once get
 * different ones (the version column makes the second save retry or fail instead of reusing a number).
 */
@Entity
@Table(name = "kb_article")
class KnowledgeArticle {

    @Id
    @Column(length = 80)
    private String id;

    @Column(name = "latest_revision", nullable = false)
    private int latestRevision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected KnowledgeArticle() {
    }

    KnowledgeArticle(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes a revision number given by the shipped files, which must be newer than any stored one. */
    void takeRevision(int revision, Instant now) {
        if (revision <= latestRevision) {
            throw new IllegalStateException("article " + id + " already has revision " + latestRevision
                    + ", cannot add revision " + revision);
        }
        latestRevision = revision;
        updatedAt = now;
    }

    int nextRevision(Instant now) {
        updatedAt = now;
        return ++latestRevision;
    }

    String getId() {
        return id;
    }

    int getLatestRevision() {
        return latestRevision;
    }
}
