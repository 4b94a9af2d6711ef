package org.shopchat.bot.persona;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shopchat.bot.content.ContentRevision;
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
class TemplateRevision extends ContentRevision {

    /** Where a revision came from: the kb-content files, or an editor. */
    enum Source { SHIPPED, EDITOR }

    @Column(name = "template_id", nullable = false, length = 80)
    private String templateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @Column(nullable = false, length = 500)
    private String description;

    @Convert(converter = VariantLines.class)
    @Column(nullable = false, length = 8000)
    private List<String> variants;

    protected TemplateRevision() {
    }

    private TemplateRevision(ResponseTemplate template, int revision, ArticleStatus status, Source source,
                             String author, Instant now) {
        super(revision, status, author, now);
        this.templateId = template.key().id();
        this.source = source;
        this.description = template.description();
        this.variants = template.variants();
    }

    static TemplateRevision shipped(ResponseTemplate template, Instant now) {
        return new TemplateRevision(template, template.revision(), template.status(), Source.SHIPPED, null, now);
    }

    static TemplateRevision edited(ResponseTemplate template, int revision, String author, Instant now) {
        return new TemplateRevision(template, revision, ArticleStatus.DRAFT, Source.EDITOR,
                Objects.requireNonNull(author, "author"), now);
    }

    @Override
    protected String contentName() {
        return "template " + templateId;
    }

    ResponseTemplate toTemplate() {
        TemplateKey key = TemplateKey.byId(templateId).orElseThrow(() -> new IllegalStateException(
                "stored template '" + templateId + "' is not a template the bot knows"));
        return new ResponseTemplate(key, description, getRevision(), getStatus(), variants);
    }

    String getTemplateId() {
        return templateId;
    }

    Source getSource() {
        return source;
    }
}
