package org.shopchat.bot.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shopchat.kb.Article;
import org.shopchat.bot.content.ContentRevision;
import org.shopchat.kb.ArticleStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One saved state of an article. Revisions are never changed except for their status, which follows
 * draft → in review (→ back to draft) → published → archived; at most one revision of an article is published at
 * a time.
 */
@Entity
@Table(name = "kb_article_revision")
class ArticleRevision extends ContentRevision {

    @Column(name = "article_id", nullable = false, length = 80)
    private String articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RevisionSource source;

    @Column(nullable = false, length = 200)
    private String title;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> intents;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = 4000)
    private List<String> questions;

    @Convert(converter = LinesConverter.class)
    @Column(nullable = false, length = 2000)
    private List<String> tags;

    @Column(nullable = false, length = 60000)
    private String body;

    /** Who saved it; null for shipped revisions. */
    protected ArticleRevision() {
    }

    private ArticleRevision(Article content, int revision, ArticleStatus status, RevisionSource source, String author,
                            Instant now) {
        super(revision, status, author, now);
        this.articleId = content.id();
        this.source = source;
        this.title = content.title();
        this.intents = content.intents();
        this.questions = content.questions();
        this.tags = content.tags();
        this.body = content.body();
    }

    /** A revision exactly as the kb-content files ship it, with their revision number and status. */
    static ArticleRevision shipped(Article article, Instant now) {
        return new ArticleRevision(article, article.revision(), article.status(), RevisionSource.SHIPPED, null, now);
    }

    /** An editor's save: always a new draft, whatever status the content it was copied from had. */
    static ArticleRevision edited(Article content, int revision, String author, Instant now) {
        Objects.requireNonNull(author, "author");
        return new ArticleRevision(content, revision, ArticleStatus.DRAFT, RevisionSource.EDITOR, author, now);
    }

    @Override
    protected String contentName() {
        return "article " + articleId;
    }

    /** The revision as kb-content's model, e.g. for indexing, rendering or exporting it back to Markdown. */
    Article toArticle() {
        return new Article(articleId, title, intents, questions, tags, getRevision(), getStatus(), body);
    }

    /** Whether this revision says the same as the given content (revision number and status aside). */
    boolean hasContentOf(Article article) {
        return title.equals(article.title()) && intents.equals(article.intents())
                && questions.equals(article.questions()) && tags.equals(article.tags())
                && body.equals(article.body());
    }

    String getArticleId() {
        return articleId;
    }

    RevisionSource getSource() {
        return source;
    }
}
