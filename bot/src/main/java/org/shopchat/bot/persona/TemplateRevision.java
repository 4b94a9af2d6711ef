package org.shopchat.bot.persona;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.bot.content.WorkflowStep;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateKey;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved state of a response template. Only its status changes, along draft → in review (→ back to draft) →
 * published → archived; at most one revision of a template is published at a time, and every template always has
 * one (the shipped revision until an editor's is approved).
 */
@Entity
@Table(name = "bot_template_revision")
class TemplateRevision {

    /** Where a revision came from: the kb-content files, or an editor. */
    enum Source { SHIPPED, EDITOR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", nullable = false, length = 80)
    private String templateId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(nullable = false, length = 500)
    private String description;

    @Convert(converter = VariantLines.class)
    @Column(nullable = false, length = 8000)
    private List<String> variants;

    @Column(length = 120)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected TemplateRevision() {
    }

    private TemplateRevision(ResponseTemplate template, int revision, ArticleStatus status, Source source,
                             String author, Instant now) {
        this.templateId = template.key().id();
        this.revision = revision;
        this.status = status;
        this.source = source;
        this.description = template.description();
        this.variants = template.variants();
        this.author = author;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    static TemplateRevision shipped(ResponseTemplate template, Instant now) {
        return new TemplateRevision(template, template.revision(), template.status(), Source.SHIPPED, null, now);
    }

    static TemplateRevision edited(ResponseTemplate template, int revision, String author, Instant now) {
        return new TemplateRevision(template, revision, ArticleStatus.DRAFT, Source.EDITOR,
                Objects.requireNonNull(author, "author"), now);
    }

    void submitForReview(Instant now) {
        move(WorkflowStep.SUBMIT, now);
    }

    void returnToDraft(Instant now) {
        move(WorkflowStep.RETURN_TO_DRAFT, now);
    }

    void publish(Instant now) {
        move(WorkflowStep.PUBLISH, now);
    }

    void archive(Instant now) {
        move(WorkflowStep.ARCHIVE, now);
    }

    private void move(WorkflowStep step, Instant now) {
        status = step.from(status, "revision " + revision + " of template " + templateId);
        statusChangedAt = now;
    }

    ResponseTemplate toTemplate() {
        TemplateKey key = TemplateKey.byId(templateId).orElseThrow(() -> new IllegalStateException(
                "stored template '" + templateId + "' is not a template the bot knows"));
        return new ResponseTemplate(key, description, revision, status, variants);
    }

    String getTemplateId() {
        return templateId;
    }

    int getRevision() {
        return revision;
    }

    ArticleStatus getStatus() {
        return status;
    }

    Source getSource() {
        return source;
    }

    String getAuthor() {
        return author;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
