package org.shopchat.console.editor;

import java.util.List;

/**
 * The knowledge base as editors change it. Implemented by the application that embeds the console; it keeps the
 * revision states (draft → in review → published → archived) and the content rules. Who may take a step (the
 * four-eyes rule) is decided by the console's {@link ContentWorkflow}, not here. Saving an article with a new id
 * starts a new article; publishing updates the search at once.
 */
public interface ArticleEditing extends EditableContent<ArticleContent, ArticleRevisionView> {

    /** Every article with its newest revision, ordered by id. */
    List<ArticleSummary> articles();

    /** Takes the article away from customers. @throws EditingRefusedException when nothing is published */
    void archive(String articleId);

    /** Renders a Markdown body exactly as the public article page and the chat bubble would. */
    ArticlePreview preview(String markdownBody);
}
