package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleRole;
import org.shopchat.console.security.ConsoleUser;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The editorial workflow of one kind of content, the same for articles, templates and the persona: who may take
 * which step (editors and admins only; with the four-eyes rule {@code shopchat.editing.four-eyes}, on by default,
 * never the author of a revision approving it), review comments, history, the difference between two revisions, and
 * roll-back as a new draft revision (history is never rewritten). The states and content rules themselves are the
 * {@link EditableContent} implementation's.
 *
 * @param <C> what an editor writes
 * @param <V> a saved revision of it
 */
public final class ContentWorkflow<C, V extends Revision<C>> {

    private final ContentKind kind;
    private final EditableContent<C, V> content;
    private final Function<C, List<String>> diffLines;
    private final ReviewComments comments;
    private final EditingProperties properties;

    /**
     * @param diffLines the content as plain lines, for the difference between two revisions: each field that can
     *                  change on its own (a title, one list item, one body line) on a line of its own
     */
    ContentWorkflow(ContentKind kind, EditableContent<C, V> content, Function<C, List<String>> diffLines,
                    ReviewComments comments, EditingProperties properties) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.content = Objects.requireNonNull(content, "content");
        this.diffLines = Objects.requireNonNull(diffLines, "diffLines");
        this.comments = comments;
        this.properties = properties;
    }

    public ContentKind kind() {
        return kind;
    }

    public int save(ConsoleUser user, C draft) {
        return content.save(draft, editor(user));
    }

    public void submitForReview(ConsoleUser user, String contentId, int revision) {
        editor(user);
        content.submitForReview(contentId, revision);
    }

    /** Publishes a revision in review: the approval. */
    public void approve(ConsoleUser user, String contentId, int revision) {
        String reviewer = editor(user);
        if (properties.fourEyes() && revision(contentId, revision).writtenBy(reviewer)) {
            throw new EditingRefusedException("You wrote revision " + revision + " of '" + contentId
                    + "': another editor must approve it (four-eyes rule).");
        }
        content.publish(contentId, revision);
    }

    /** Sends a revision in review back to draft, with the reviewer's reason as a comment. */
    public void requestChanges(ConsoleUser user, String contentId, int revision, String reason) {
        String reviewer = editor(user);
        String text = commentText(reason);
        content.returnToDraft(contentId, revision);
        comments.add(subject(), contentId, revision, reviewer, text);
    }

    /** Saves an earlier revision's content as a new draft revision by whoever rolls back. */
    public int rollBack(ConsoleUser user, String contentId, int toRevision) {
        String author = editor(user);
        return content.save(revision(contentId, toRevision).content(), author);
    }

    public void comment(ConsoleUser user, String contentId, int revision, String text) {
        String author = editor(user);
        String clean = commentText(text);
        revision(contentId, revision);
        comments.add(subject(), contentId, revision, author, clean);
    }

    /** Oldest first. */
    public List<ReviewComment> comments(String contentId) {
        return comments.of(subject(), contentId);
    }

    /** Every revision, oldest first; empty when there is no such content. */
    public List<V> history(String contentId) {
        return content.history(contentId);
    }

    public V revision(String contentId, int revision) {
        return content.history(contentId).stream().filter(r -> r.revision() == revision).findFirst()
                .orElseThrow(() -> new EditingRefusedException(kind.noun() + " '" + contentId + "' has no revision "
                        + revision + "."));
    }

    public RevisionDiff diff(String contentId, int fromRevision, int toRevision) {
        return RevisionDiff.between(revision(contentId, fromRevision), revision(contentId, toRevision), diffLines);
    }

    private ReviewComments.Subject subject() {
        return ReviewComments.Subject.valueOf(kind.name());
    }

    private static String commentText(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > ReviewComments.MAX_CHARS) {
            throw new EditingRefusedException("A comment needs 1 to " + ReviewComments.MAX_CHARS + " characters.");
        }
        return clean;
    }

    /** The security chain already keeps others out of /console/editor; this guards every other caller. */
    static String editor(ConsoleUser user) {
        if (user == null || !(user.has(ConsoleRole.EDITOR) || user.has(ConsoleRole.ADMIN))) {
            throw new EditingRefusedException("Only editors and admins may change content.");
        }
        return user.getUsername();
    }
}
