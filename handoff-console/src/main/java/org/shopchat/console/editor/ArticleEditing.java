package org.shopchat.console.editor;

import java.util.List;

/**
 * The knowledge base as editors change it. Implemented by the application that embeds the console; it keeps the
 * revision states (draft → in review → published → archived) and the content rules. Who may take a step (the
 * four-eyes rule) is decided by the console's {@link EditorialWorkflow}, not here.
 */
public interface ArticleEditing {

    /** Every article with its newest revision, ordered by id. */
    List<ArticleSummary> articles();

    /** Every revision of the article, oldest first; empty when there is no such article. */
    List<ArticleRevisionView> history(String articleId);

    /**
     * Saves the content as a new draft revision (a new article when the id is new).
     *
     * @return the new revision number
     * @throws ContentRejectedException when the content breaks a content rule
     */
    int save(ArticleContent content, String author);

    /** @throws EditingRefusedException when the revision is not a draft */
    void submitForReview(String articleId, int revision);

    /** Sends a revision in review back to its author as a draft. @throws EditingRefusedException when not in review */
    void returnToDraft(String articleId, int revision);

    /**
     * Makes a revision in review the one customers see, at once (search included); the previously published one is
     * archived. @throws EditingRefusedException when the revision is not in review
     */
    void publish(String articleId, int revision);

    /** Takes the article away from customers. @throws EditingRefusedException when nothing is published */
    void archive(String articleId);

    /** Renders a Markdown body exactly as the public article page and the chat bubble would. */
    ArticlePreview preview(String markdownBody);
}
