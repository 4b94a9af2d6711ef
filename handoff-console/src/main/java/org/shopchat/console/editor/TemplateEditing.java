package org.shopchat.console.editor;

import java.util.List;

/**
 * The bot's response templates as editors change them, with the same workflow as articles. Implemented by the
 * application; publishing changes what the bot says at once.
 */
public interface TemplateEditing extends EditableContent<TemplateContent, TemplateRevisionView> {

    /** Every template the bot can say, ordered by id. Saving checks fields {@code description}, {@code variants}. */
    List<TemplateSummary> templates();
}
