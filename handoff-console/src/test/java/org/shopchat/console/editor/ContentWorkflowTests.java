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

/** The persona goes through the same workflow rules as articles and templates: one piece of code for all three. */
class ContentWorkflowTests {

    static final ConsoleUser AUTHOR = TestUsers.user("editor", ConsoleRole.EDITOR);
    static final ConsoleUser REVIEWER = TestUsers.user("admin", ConsoleRole.ADMIN);
    static final ConsoleUser AGENT = TestUsers.user("agent1", ConsoleRole.AGENT);

    static final PersonaContent NORA = new PersonaContent("Nora", "Assistant", "kb/avatar.svg", List.of("Warm."),
            280, "Nora is the voice of Northwind.");
    static final PersonaContent NOVA = new PersonaContent("Nova", "Assistant", "kb/avatar.svg", List.of("Warm."),
            280, "Nora is the voice of Northwind.");

    final RecordingPersona persona = new RecordingPersona();
    final ReviewComments comments = mock(ReviewComments.class);

    ContentWorkflow<PersonaContent, PersonaRevisionView> workflow(boolean fourEyes) {
        return new EditorialWorkflow(mock(ArticleEditing.class), mock(TemplateEditing.class), persona, comments,
                new EditingProperties(fourEyes)).persona();
    }

    @Test
    void theAuthorOfAPersonaRevisionCannotApproveItWithFourEyes() {
        assertThatThrownBy(() -> workflow(true).approve(AUTHOR, PersonaEditing.ID, 2))
                .isInstanceOf(EditingRefusedException.class).hasMessageContaining("four-eyes");
        workflow(true).approve(REVIEWER, PersonaEditing.ID, 2);
        assertThat(persona.steps).containsExactly("publish persona 2");
    }

    @Test
    void anAgentCannotTakeAnyStepOnThePersona() {
        ContentWorkflow<PersonaContent, PersonaRevisionView> workflow = workflow(false);
        assertThatThrownBy(() -> workflow.save(AGENT, NOVA)).isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.submitForReview(AGENT, PersonaEditing.ID, 2))
                .isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.approve(AGENT, PersonaEditing.ID, 2))
                .isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.rollBack(AGENT, PersonaEditing.ID, 1))
                .isInstanceOf(EditingRefusedException.class);
        assertThatThrownBy(() -> workflow.comment(AGENT, PersonaEditing.ID, 2, "fine"))
                .isInstanceOf(EditingRefusedException.class);
        assertThat(persona.steps).isEmpty();
        verifyNoInteractions(comments);
    }

    @Test
    void reviewCommentsRollBackAndDiffWorkForThePersonaAsForArticles() {
        ContentWorkflow<PersonaContent, PersonaRevisionView> workflow = workflow(true);
        workflow.requestChanges(REVIEWER, PersonaEditing.ID, 2, " Keep the old name. ");
        verify(comments).add(ReviewComments.Subject.PERSONA, PersonaEditing.ID, 2, "admin", "Keep the old name.");
        assertThat(workflow.rollBack(REVIEWER, PersonaEditing.ID, 1)).isEqualTo(3);
        assertThat(persona.steps).containsExactly("return persona 2", "save Nora by admin");
        RevisionDiff diff = workflow.diff(PersonaEditing.ID, 1, 2);
        assertThat(diff.rows()).filteredOn(r -> !r.kind().equals("equal")).singleElement()
                .satisfies(r -> assertThat(r.before() + " → " + r.after()).isEqualTo("name: Nora → name: Nova"));
        assertThatThrownBy(() -> workflow.revision(PersonaEditing.ID, 9)).hasMessageContaining("Persona 'persona' "
                + "has no revision 9");
    }

    /** Revision 1 shipped (Nora), 2 by "editor" in review (Nova). */
    static final class RecordingPersona implements PersonaEditing {

        final List<String> steps = new ArrayList<>();

        @Override
        public List<PersonaRevisionView> history(String contentId) {
            Instant t = Instant.parse("2026-11-23T10:00:00Z");
            return List.of(new PersonaRevisionView(1, ContentStatus.PUBLISHED, null, t, t, NORA),
                    new PersonaRevisionView(2, ContentStatus.IN_REVIEW, "editor", t, t, NOVA));
        }

        @Override
        public int save(PersonaContent content, String author) {
            steps.add("save " + content.name() + " by " + author);
            return 3;
        }

        @Override
        public void submitForReview(String contentId, int revision) {
            steps.add("submit " + contentId + " " + revision);
        }

        @Override
        public void returnToDraft(String contentId, int revision) {
            steps.add("return " + contentId + " " + revision);
        }

        @Override
        public void publish(String contentId, int revision) {
            steps.add("publish " + contentId + " " + revision);
        }

        @Override
        public List<String> shippedAvatars() {
            return List.of("kb/avatar.svg");
        }

        @Override
        public PersonaPreview preview(PersonaContent content) {
            return new PersonaPreview(content.name(), "/persona/avatar", List.of(), List.of());
        }
    }
}
