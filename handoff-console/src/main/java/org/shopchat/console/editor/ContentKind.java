package org.shopchat.console.editor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of content editors change with the same workflow, each with its place in the console.
 *
 * @param noun      how the editor reads it, capitalised: "Article"
 * @param segment   the path under /console/editor where its pages and workflow steps live
 * @param published what publishing means to the editor, for the notice after an approval
 */
public enum ContentKind {
    ARTICLE("Article", "articles", "customers see it now."),
    TEMPLATE("Template", "templates", "the bot says it now."),
    PERSONA("Persona", "persona", "the bot speaks as it from the next message on.");

    private final String noun;
    private final String segment;
    private final String published;

    ContentKind(String noun, String segment, String published) {
        this.noun = noun;
        this.segment = segment;
        this.published = published;
    }

    public String noun() {
        return noun;
    }

    public String segment() {
        return segment;
    }

    public String publishedNotice() {
        return published;
    }

    /** The page of one piece of content, e.g. /console/editor/articles/returns-start. */
    public String page(String contentId) {
        return this == PERSONA ? EditorController.BASE + "/" + segment
                : EditorController.BASE + "/" + segment + "/" + contentId;
    }

    static Optional<ContentKind> bySegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.segment.equals(segment)).findFirst();
    }
}
