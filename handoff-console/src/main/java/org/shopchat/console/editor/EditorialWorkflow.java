package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleRole;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Who may take which workflow step on an article or response template: editors and admins only, and with the four-eyes rule
 * ({@code shopchat.editing.four-eyes}, on by default) never the author of a revision approving it. The states and
 * content rules themselves are the {@link ArticleEditing} implementation's.
 */
@Service
public class EditorialWorkflow {

    private final ArticleEditing articles;
    private final TemplateEditing templates;
    private final ReviewComments comments;
    private final EditingProperties properties;

    EditorialWorkflow(ArticleEditing articles, TemplateEditing templates, ReviewComments comments,
                      EditingProperties properties) {
        this.articles = articles;
        this.templates = templates;
        this.comments = comments;
        this.properties = properties;
    }

    public int save(ConsoleUser user, ArticleContent content) {
        return articles.save(content, editor(user));
    }

    public void submitForReview(ConsoleUser user, String articleId, int revision) {
        editor(user);
        articles.submitForReview(articleId, revision);
    }

    /** Publishes a revision in review: the approval. */
    public void approve(ConsoleUser user, String articleId, int revision) {
        String reviewer = editor(user);
        checkFourEyes(revision(articleId, revision).writtenBy(reviewer), articleId, revision);
        articles.publish(articleId, revision);
    }

    /** Sends a revision in review back to draft, with the reviewer's reason as a comment. */
    public void requestChanges(ConsoleUser user, String articleId, int revision, String reason) {
        String reviewer = editor(user);
        String text = commentText(reason);
        articles.returnToDraft(articleId, revision);
        comments.add(ReviewComments.Subject.ARTICLE, articleId, revision, reviewer, text);
    }

    public void archive(ConsoleUser user, String articleId) {
        editor(user);
        articles.archive(articleId);
    }

    /** Saves an earlier revision's content as a new draft revision; history is never rewritten. */
    public int rollBack(ConsoleUser user, String articleId, int toRevision) {
        return articles.save(revision(articleId, toRevision).content(), editor(user));
    }

    public void comment(ConsoleUser user, String articleId, int revision, String text) {
        String author = editor(user);
        String clean = commentText(text);
        revision(articleId, revision);
        comments.add(ReviewComments.Subject.ARTICLE, articleId, revision, author, clean);
    }

    public List<ReviewComment> comments(String articleId) {
        return comments.of(ReviewComments.Subject.ARTICLE, articleId);
    }

    public ArticleRevisionView revision(String articleId, int revision) {
        return articles.history(articleId).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new EditingRefusedException("Article '" + articleId + "' has no revision "
                        + revision + "."));
    }

    public int saveTemplate(ConsoleUser user, TemplateContent content) {
        return templates.save(content, editor(user));
    }

    public void submitTemplate(ConsoleUser user, String templateId, int revision) {
        editor(user);
        templates.submitForReview(templateId, revision);
    }

    public void approveTemplate(ConsoleUser user, String templateId, int revision) {
        String reviewer = editor(user);
        checkFourEyes(templateRevision(templateId, revision).writtenBy(reviewer), templateId, revision);
        templates.publish(templateId, revision);
    }

    public void requestTemplateChanges(ConsoleUser user, String templateId, int revision, String reason) {
        String reviewer = editor(user);
        String text = commentText(reason);
        templates.returnToDraft(templateId, revision);
        comments.add(ReviewComments.Subject.TEMPLATE, templateId, revision, reviewer, text);
    }

    public int rollBackTemplate(ConsoleUser user, String templateId, int toRevision) {
        return templates.save(templateRevision(templateId, toRevision).content(), editor(user));
    }

    public void commentTemplate(ConsoleUser user, String templateId, int revision, String text) {
        String author = editor(user);
        String clean = commentText(text);
        templateRevision(templateId, revision);
        comments.add(ReviewComments.Subject.TEMPLATE, templateId, revision, author, clean);
    }

    public List<ReviewComment> templateComments(String templateId) {
        return comments.of(ReviewComments.Subject.TEMPLATE, templateId);
    }

    public TemplateRevisionView templateRevision(String templateId, int revision) {
        return templates.history(templateId).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new EditingRefusedException("Template '" + templateId + "' has no revision "
                        + revision + "."));
    }

    private void checkFourEyes(boolean reviewerIsAuthor, String contentId, int revision) {
        if (properties.fourEyes() && reviewerIsAuthor) {
            throw new EditingRefusedException("You wrote revision " + revision + " of '" + contentId
                    + "': another editor must approve it (four-eyes rule).");
        }
    }

    private static String commentText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > ReviewComments.MAX_CHARS) {
            throw new EditingRefusedException("A comment needs 1 to " + ReviewComments.MAX_CHARS + " characters.");
        }
        return clean;
    }

    /** The security chain already keeps others out of /console/editor; this guards every other caller. */
    private static String editor(ConsoleUser user) {
        if (user == null || !(user.has(ConsoleRole.EDITOR) || user.has(ConsoleRole.ADMIN))) {
            throw new EditingRefusedException("Only editors and admins may change content.");
        }
        return user.getUsername();
    }
}
