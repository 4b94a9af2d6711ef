package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The editorial workflow of every kind of content the console edits: one {@link ContentWorkflow} each for articles,
 * response templates and the persona (the rules are the same for all), plus what only articles have (archiving).
 * The article methods below are the names the console used before the persona joined; they delegate.
 */
@Service
public class EditorialWorkflow {

    private final ArticleEditing articleContent;
    private final ContentWorkflow<ArticleContent, ArticleRevisionView> articles;
    private final ContentWorkflow<TemplateContent, TemplateRevisionView> templates;
    private final ContentWorkflow<PersonaContent, PersonaRevisionView> persona;

    @Autowired
    EditorialWorkflow(ArticleEditing articles, TemplateEditing templates, PersonaEditing persona,
                      ReviewComments comments, EditingProperties properties) {
        this.articleContent = articles;
        this.articles = new ContentWorkflow<>(ContentKind.ARTICLE, articles, RevisionDiff::text, comments,
                properties);
        this.templates = new ContentWorkflow<>(ContentKind.TEMPLATE, templates, RevisionDiff::text, comments,
                properties);
        this.persona = persona == null ? null
                : new ContentWorkflow<>(ContentKind.PERSONA, persona, RevisionDiff::text, comments, properties);
    }

    /** Articles and templates only, for tests of the workflow rules. */
    EditorialWorkflow(ArticleEditing articles, TemplateEditing templates, ReviewComments comments,
                      EditingProperties properties) {
        this(articles, templates, null, comments, properties);
    }

    public ContentWorkflow<ArticleContent, ArticleRevisionView> articles() {
        return articles;
    }

    public ContentWorkflow<TemplateContent, TemplateRevisionView> templates() {
        return templates;
    }

    /** @throws EditingRefusedException when built without the persona (tests of articles and templates) */
    public ContentWorkflow<PersonaContent, PersonaRevisionView> persona() {
        if (persona == null) {
            throw new EditingRefusedException("The persona cannot be edited here.");
        }
        return persona;
    }

    /** The workflow of each kind this application edits. */
    Map<ContentKind, ContentWorkflow<?, ?>> byKind() {
        Map<ContentKind, ContentWorkflow<?, ?>> all = new EnumMap<>(ContentKind.class);
        all.put(ContentKind.ARTICLE, articles);
        all.put(ContentKind.TEMPLATE, templates);
        if (persona != null) {
            all.put(ContentKind.PERSONA, persona);
        }
        return all;
    }

    public int save(ConsoleUser user, ArticleContent content) {
        return articles.save(user, content);
    }

    public void submitForReview(ConsoleUser user, String articleId, int revision) {
        articles.submitForReview(user, articleId, revision);
    }

    public void approve(ConsoleUser user, String articleId, int revision) {
        articles.approve(user, articleId, revision);
    }

    public void requestChanges(ConsoleUser user, String articleId, int revision, String reason) {
        articles.requestChanges(user, articleId, revision, reason);
    }

    /** Takes the article away from customers; only articles can be archived as a whole. */
    public void archive(ConsoleUser user, String articleId) {
        ContentWorkflow.editor(user);
        articleContent.archive(articleId);
    }

    public int rollBack(ConsoleUser user, String articleId, int toRevision) {
        return articles.rollBack(user, articleId, toRevision);
    }

    public void comment(ConsoleUser user, String articleId, int revision, String text) {
        articles.comment(user, articleId, revision, text);
    }

    public List<ReviewComment> comments(String articleId) {
        return articles.comments(articleId);
    }

    public ArticleRevisionView revision(String articleId, int revision) {
        return articles.revision(articleId, revision);
    }
}
