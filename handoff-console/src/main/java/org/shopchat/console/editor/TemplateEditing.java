package org.shopchat.console.editor;

import java.util.List;

/**
 * The bot's response templates as editors change them, with the same workflow as articles. Implemented by the
 * application; publishing changes what the bot says at once.
 */
public interface TemplateEditing {

    /** Every template the bot can say, ordered by id. */
    List<TemplateSummary> templates();

    /** Every revision of the template, oldest first; empty when there is no such template. */
    List<TemplateRevisionView> history(String templateId);

    /**
     * Saves a new draft revision. @return its number
     * @throws ContentRejectedException when the content breaks a template rule (fields {@code description},
     *                                  {@code variants})
     */
    int save(TemplateContent content, String author);

    void submitForReview(String templateId, int revision);

    void returnToDraft(String templateId, int revision);

    void publish(String templateId, int revision);
}
