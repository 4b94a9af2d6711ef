package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The workflow steps on a revision and the difference between two revisions, the same for every kind of content:
 * {@code /console/editor/{articles|templates|persona}/{id}/revisions/{revision}/{step}} and {@code .../{id}/diff}.
 * Each step goes back to the content's page with a notice.
 */
@Controller
class RevisionController {

    private static final String REVISION = EditorController.BASE + "/{kind}/{id}/revisions/{revision}";

    private final Map<ContentKind, ContentWorkflow<?, ?>> workflows;

    RevisionController(EditorialWorkflow workflow) {
        this.workflows = workflow.byKind();
    }

    @PostMapping(REVISION + "/submit")
    String submit(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind, @PathVariable String id,
                  @PathVariable int revision, RedirectAttributes redirect) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        workflow.submitForReview(user, id, revision);
        return done(redirect, workflow, id, "Revision " + revision + " is in review.");
    }

    @PostMapping(REVISION + "/approve")
    String approve(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind, @PathVariable String id,
                   @PathVariable int revision, RedirectAttributes redirect) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        workflow.approve(user, id, revision);
        return done(redirect, workflow, id, "Revision " + revision + " is published: "
                + workflow.kind().publishedNotice());
    }

    @PostMapping(REVISION + "/request-changes")
    String requestChanges(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind,
                          @PathVariable String id, @PathVariable int revision,
                          @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        workflow.requestChanges(user, id, revision, comment);
        return done(redirect, workflow, id, "Revision " + revision + " went back to draft with your comment.");
    }

    @PostMapping(REVISION + "/comments")
    String comment(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind, @PathVariable String id,
                   @PathVariable int revision, @RequestParam(required = false) String text,
                   RedirectAttributes redirect) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        workflow.comment(user, id, revision, text);
        return done(redirect, workflow, id, "Comment added.");
    }

    @PostMapping(REVISION + "/roll-back")
    String rollBack(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind, @PathVariable String id,
                    @PathVariable int revision, RedirectAttributes redirect) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        int saved = workflow.rollBack(user, id, revision);
        return done(redirect, workflow, id, "Revision " + revision + " was copied to the new draft revision "
                + saved + ".");
    }

    @GetMapping(EditorController.BASE + "/{kind}/{id}/diff")
    String diff(@AuthenticationPrincipal ConsoleUser user, @PathVariable String kind, @PathVariable String id,
                @RequestParam int from, @RequestParam int to, Model model) {
        ContentWorkflow<?, ?> workflow = workflow(kind);
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("kind", workflow.kind());
        model.addAttribute("contentId", id);
        model.addAttribute("page", workflow.kind().page(id));
        model.addAttribute("history", workflow.history(id));
        model.addAttribute("diff", workflow.diff(id, from, to));
        return "console/editor/diff";
    }

    @ExceptionHandler(EditingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(EditingRefusedException refused, Model model) {
        model.addAttribute("problem", refused.getMessage());
        model.addAttribute("back", EditorController.BASE);
        return "console/editor/refused";
    }

    private ContentWorkflow<?, ?> workflow(String segment) {
        return ContentKind.bySegment(segment).map(workflows::get)
                .orElseThrow(() -> new EditingRefusedException("There is no content kind '" + segment + "'."));
    }

    private static String done(RedirectAttributes redirect, ContentWorkflow<?, ?> workflow, String id,
                               String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + workflow.kind().page(id);
    }
}
