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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response templates in the editor area: list and edit (variants one per line); the workflow steps are
 * {@link RevisionController}'s.
 */
@Controller
class TemplateController {

    static final String BASE = EditorController.BASE + "/templates";
    static final int MAX_VARIANTS_CHARS = 6000;

    private final TemplateEditing templates;
    private final EditorialWorkflow workflow;

    TemplateController(TemplateEditing templates, EditorialWorkflow workflow) {
        this.templates = templates;
        this.workflow = workflow;
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) ContentStatus status, @RequestParam(required = false) String audience,
                Model model) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        String who = audience == null ? "" : audience.strip();
        List<TemplateSummary> all = templates.templates();
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("q", text);
        model.addAttribute("status", status);
        model.addAttribute("audience", who);
        model.addAttribute("statuses", ContentStatus.values());
        model.addAttribute("total", all.size());
        model.addAttribute("templates", all.stream()
                .filter(t -> text.isEmpty() || t.id().contains(text)
                        || t.description().toLowerCase(Locale.ROOT).contains(text))
                .filter(t -> status == null || t.latestStatus() == status
                        || (status == ContentStatus.PUBLISHED && t.publishedRevision() > 0))
                .filter(t -> who.isEmpty() || t.audience().equals(who))
                .toList());
        return "console/editor/templates";
    }

    @GetMapping(BASE + "/{id}")
    String template(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
                    @RequestParam(required = false) Integer revision, Model model) {
        List<TemplateRevisionView> history = history(id);
        TemplateRevisionView shown = revision == null ? history.getLast() : workflow.templates().revision(id, revision);
        model.addAttribute("shown", shown);
        return editor(user, id, shown.content().description(), String.join("\n", shown.content().variants()),
                history, Map.of(), model);
    }

    @PostMapping(BASE)
    String save(@AuthenticationPrincipal ConsoleUser user, @RequestParam String id,
                @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String variants,
                Model model, RedirectAttributes redirect) {
        List<TemplateRevisionView> history = history(id);
        String cleanVariants = variants.replace("\r\n", "\n");
        try {
            if (cleanVariants.length() > MAX_VARIANTS_CHARS) {
                throw new ContentRejectedException(List.of(new FieldProblem("variants", 0,
                        "the variants have " + cleanVariants.length() + " characters, at most " + MAX_VARIANTS_CHARS)));
            }
            List<String> lines = Arrays.stream(cleanVariants.split("\n")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            int saved = workflow.templates().save(user, new TemplateContent(id, description.strip(), lines));
            redirect.addFlashAttribute("notice", "Saved as draft revision " + saved + ".");
            return "redirect:" + BASE + "/" + id;
        } catch (ContentRejectedException rejected) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            for (FieldProblem problem : rejected.problems()) {
                errors.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.fieldLine() > 0
                        ? "variant " + problem.fieldLine() + ": " + problem.message() : problem.message());
            }
            model.addAttribute("notice", "Not saved: " + rejected.problems().size()
                    + " problem(s), shown at their fields.");
            return editor(user, id, description, cleanVariants, history, errors, model);
        }
    }

    @ExceptionHandler(EditingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(EditingRefusedException refused, Model model) {
        model.addAttribute("problem", refused.getMessage());
        model.addAttribute("back", BASE);
        return "console/editor/refused";
    }

    private List<TemplateRevisionView> history(String id) {
        List<TemplateRevisionView> history = templates.history(id);
        if (history.isEmpty()) {
            throw new EditingRefusedException("There is no template '" + id + "'.");
        }
        return history;
    }

    private String editor(ConsoleUser user, String id, String description, String variants,
                          List<TemplateRevisionView> history, Map<String, List<String>> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("id", id);
        model.addAttribute("summary", templates.templates().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow());
        model.addAttribute("description", description);
        model.addAttribute("variants", variants);
        model.addAttribute("revisions", history.reversed());
        model.addAttribute("errors", errors);
        model.addAttribute("comments", workflow.templates().comments(id));
        return "console/editor/template";
    }

}
