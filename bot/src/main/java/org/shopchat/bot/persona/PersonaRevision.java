package org.shopchat.bot.persona;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shopchat.bot.content.ContentRevision;
import org.shopchat.kb.ArticleStatus;
import org.shopchat.kb.Persona;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved state of the bot's persona, with the workflow of templates and articles ({@link WorkflowStep}): exactly
 * one revision is published at a time (the shipped one until an editor's is approved).
 */
@Entity
@Table(name = "bot_persona_revision")
class PersonaRevision extends ContentRevision {

    /** Column sizes of bot_persona_revision (V29); the content rules keep a real persona below them. */
    static final int MAX_AVATAR_CHARS = 500;
    static final int MAX_TONE_RULES_CHARS = 8000;
    static final int MAX_DESCRIPTION_CHARS = 20000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TemplateRevision.Source source;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, length = 90)
    private String role;

    @Column(nullable = false, length = MAX_AVATAR_CHARS)
    private String avatar;

    @Convert(converter = VariantLines.class)
    @Column(name = "tone_rules", nullable = false, length = MAX_TONE_RULES_CHARS)
    private List<String> toneRules;

    @Column(name = "max_reply_chars", nullable = false)
    private int maxReplyChars;

    @Column(nullable = false, length = MAX_DESCRIPTION_CHARS)
    private String description;

    protected PersonaRevision() {
    }

    private PersonaRevision(Persona persona, int revision, ArticleStatus status, TemplateRevision.Source source,
                            String author, Instant now) {
        super(revision, status, author, now);
        this.source = source;
        this.name = persona.name();
        this.role = persona.role();
        this.avatar = persona.avatar();
        this.toneRules = persona.toneRules();
        this.maxReplyChars = persona.maxReplyChars();
        this.description = persona.description();
    }

    /** The kb-content persona.md, published; it has no revision number of its own, so the caller counts. */
    static PersonaRevision shipped(Persona persona, int revision, Instant now) {
        return new PersonaRevision(persona, revision, ArticleStatus.PUBLISHED, TemplateRevision.Source.SHIPPED, null,
                now);
    }

    static PersonaRevision edited(Persona persona, int revision, String author, Instant now) {
        return new PersonaRevision(persona, revision, ArticleStatus.DRAFT, TemplateRevision.Source.EDITOR,
                Objects.requireNonNull(author, "author"), now);
    }

    @Override
    protected String contentName() {
        return "the persona";
    }

    Persona toPersona() {
        return new Persona(name, role, avatar, toneRules, maxReplyChars, description);
    }

    TemplateRevision.Source getSource() {
        return source;
    }
}
