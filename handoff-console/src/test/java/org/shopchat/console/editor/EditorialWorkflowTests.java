package org.shopchat.console.editor;

import org.junit.jupiter.api.Test;
import org.shopchat.console.security.ConsoleRole;
import org.shopchat.console.security.ConsoleUser;
import org.shopchat.console.security.TestUsers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** Who may take which step: editors and admins only, and with four-eyes on, never the author approving. */
class EditorialWorkflowTests {

    static final ConsoleUser AUTHOR = TestUsers.user("editor", ConsoleRole.EDITOR);
    static final ConsoleUser REVIEWER = TestUsers.user("admin", ConsoleRole.ADMIN);
    static final ConsoleUser AGENT = TestUsers.user("agent1", ConsoleRole.AGENT);

    final RecordingArticles articles = new RecordingArticles();
    final ReviewComments comments = mock(ReviewComments.class);
    final TemplateEditing templates = mock(TemplateEditing.class);

    @Test
    void theAuthorCannotApproveTheirOwnRevisionWhenFourEyesIsOn() {
        EditorialWorkflow workflow = new EditorialWorkflow(articles, templates, comments, new EditingProperties(true));
        assertThatThrownBy(() -> workflow.approve(AUTHOR, "returns", 2))
                .isInstanceOf(EditingRefusedException.class).hasMessageContaining("four-eyes");
        assertThat(articles.steps).isEmpty();
        workflow.approve(REVIEWER, "returns", 2);
        assertThat(articles.steps).containsExactly("publish returns 2");
    }

    @Test
    void theAuthorMayApproveTheirOwnRevisionWhenFourEyesIsOff() {
        EditorialWorkflow workflow = new EditorialWorkflow(articles, templates, comments, new EditingProperties(false));
        workflow.approve(AUTHOR, "returns", 2);
        assertThat(articles.steps).containsExactly("publish returns 2");
    }

    @Test
    void anAgentCannotSaveSubmitApproveArchiveOrComment() {
        EditorialWorkflow workflow = new EditorialWorkflow(articles, templates, comments, new EditingProperties(false));
        assertThatThrownBy(() -> workflow.save(AGENT, RecordingArticles.CONTENT)).isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.submitForReview(AGENT, "returns", 2)).isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.approve(AGENT, "returns", 2)).isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.archive(AGENT, "returns")).isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.comment(AGENT, "returns", 2, "fine")).isInstanceOf(EditingRefusedException.class);
        assertThat(articles.steps).isEmpty();
        verifyNoInteractions(comments);
    }

    @Test
    void requestingChangesNeedsAReasonAndKeepsItAsAComment() {
        EditorialWorkflow workflow = new EditorialWorkflow(articles, templates, comments, new EditingProperties(true));
        assertThatThrownBy(() -> workflow.requestChanges(REVIEWER, "returns", 2, "  "))
                .isInstanceOf(EditingRefusedException.class);
        workflow.requestChanges(REVIEWER, "returns", 2, " Say how long refunds take. ");
        assertThat(articles.steps).containsExactly("return returns 2");
        verify(comments).add(ReviewComments.Subject.ARTICLE, "returns", 2, "admin", "Say how long refunds take.");
    }

    @Test
    void rollingBackSavesTheOldContentAsANewRevisionByWhoeverRollsBack() {
        EditorialWorkflow workflow = new EditorialWorkflow(articles, templates, comments, new EditingProperties(true));
        assertThat(workflow.rollBack(REVIEWER, "returns", 1)).isEqualTo(3);
        assertThat(articles.steps).containsExactly("save returns by admin: Shipped body.");
        assertThatThrownBy(() -> workflow.rollBack(REVIEWER, "returns", 9))
                .isInstanceOf(EditingRefusedException.class).hasMessageContaining("no revision 9");
    }

    /** Two revisions of "returns": 1 shipped, 2 by "editor" in review. Records the steps asked of it. */
    static final class RecordingArticles implements ArticleEditing {

        static final ArticleContent CONTENT = new ArticleContent("returns", "How do I return an item?",
                List.of("return_item"), List.of("a?", "b?", "c?"), List.of("returns"), "Shipped body.");

        final List<String> steps = new ArrayList<>();

        @Override
        public List<ArticleSummary> articles() {
            return List.of();
        }

        @Override
        public List<ArticleRevisionView> history(String articleId) {
            Instant t = Instant.parse("2026-11-23T10:00:00Z");
            return List.of(new ArticleRevisionView(1, ContentStatus.PUBLISHED, null, t, t, CONTENT),
                    new ArticleRevisionView(2, ContentStatus.IN_REVIEW, "editor", t, t, CONTENT));
        }

        @Override
        public int save(ArticleContent content, String author) {
            steps.add("save " + content.id() + " by " + author + ": " + content.body());
            return 3;
        }

        @Override
        public void submitForReview(String articleId, int revision) {
            steps.add("submit " + articleId + " " + revision);
        }

        @Override
        public void returnToDraft(String articleId, int revision) {
            steps.add("return " + articleId + " " + revision);
        }

        @Override
        public void publish(String articleId, int revision) {
            steps.add("publish " + articleId + " " + revision);
        }

        @Override
        public void archive(String articleId) {
            steps.add("archive " + articleId);
        }

        @Override
        public ArticlePreview preview(String markdownBody) {
            return new ArticlePreview(markdownBody, markdownBody);
        }
    }
}
