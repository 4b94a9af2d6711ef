package org.shopchat.bot.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A customer's "Did this help?" answer to one bot message that showed an article revision. */
@Entity
@Table(name = "kb_feedback")
class ArticleFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "message_seq", nullable = false)
    private long messageSeq;

    @Column(name = "article_id", nullable = false, length = 80)
    private String articleId;

    @Column(name = "article_revision", nullable = false)
    private int articleRevision;

    @Column(nullable = false)
    private boolean helpful;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected ArticleFeedback() {
    }

    ArticleFeedback(UUID conversationId, long messageSeq) {
        this.conversationId = conversationId;
        this.messageSeq = messageSeq;
    }

    /** A later answer for the same message replaces the earlier one: customers may change their mind. */
    void answer(String articleId, int articleRevision, boolean helpful, Instant now) {
        this.articleId = articleId;
        this.articleRevision = articleRevision;
        this.helpful = helpful;
        this.givenAt = now;
    }

    String getArticleId() {
        return articleId;
    }

    int getArticleRevision() {
        return articleRevision;
    }

    boolean isHelpful() {
        return helpful;
    }
}
