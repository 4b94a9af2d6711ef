package org.shopchat.console.editor;

import java.util.List;

/**
 * One kind of content under the editorial workflow, implemented by the application that embeds the console: it
 * keeps the revisions and their states (draft → in review (→ back to draft) → published → archived) and the content
 * rules. Who may take a step (the four-eyes rule) is the console's {@link ContentWorkflow}'s business, not this one's.
 *
 * @param <C> what an editor writes
 * @param <V> a saved revision of it
 */
public interface EditableContent<C, V extends Revision<C>> {

    /** Every revision, oldest first; empty when there is no such content. */
    List<V> history(String contentId);

    /**
     * Saves the content as a new draft revision.
     *
     * @return the new revision number
     * @throws ContentRejectedException when the content breaks a content rule; each problem names its form field
     */
    int save(C content, String author);

    /** @throws EditingRefusedException when the revision is not a draft */
    void submitForReview(String contentId, int revision);

    /** Sends a revision in review back to its author as a draft. @throws EditingRefusedException when not in review */
    void returnToDraft(String contentId, int revision);

    /**
     * Makes a revision in review the one customers see, at once; the previously published one is archived.
     *
     * @throws EditingRefusedException when the revision is not in review
     */
    void publish(String contentId, int revision);
}
