package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bot's persona in the editor area: name, role, avatar, tone rules, reply length and voice description, with a
 * live preview of the widget header and the greeting. The workflow steps are {@link RevisionController}'s.
 */
@Controller
class PersonaController {

    static final String BASE = EditorController.BASE + "/persona";

    private final PersonaEditing persona;
    private final EditorialWorkflow workflow;

    PersonaController(PersonaEditing persona, EditorialWorkflow workflow) {
        this.persona = persona;
        this.workflow = workflow;
    }

    @GetMapping(BASE)
    String persona(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) Integer revision,
                   Model model) {
        List<PersonaRevisionView> history = persona.history(PersonaEditing.ID);
        if (history.isEmpty()) {
            throw new EditingRefusedException("The persona has not been loaded yet.");
        }
        PersonaRevisionView shown = revision == null ? history.getLast()
                : workflow.persona().revision(PersonaEditing.ID, revision);
        model.addAttribute("shown", shown);
        return editor(user, PersonaForm.of(shown.content()), history, Map.of(), model);
    }

    @PostMapping(BASE)
    String save(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute PersonaForm form, Model model,
                RedirectAttributes redirect) {
        try {
            int saved = workflow.persona().save(user, form.toContent());
            redirect.addFlashAttribute("notice", "Saved as draft revision " + saved + ".");
            return "redirect:" + BASE;
        } catch (ContentRejectedException rejected) {
            model.addAttribute("notice", "Not saved: " + rejected.problems().size()
                    + " problem(s), shown at their fields.");
            return editor(user, form, persona.history(PersonaEditing.ID), byField(rejected.problems()), model);
        }
    }

    /** The live preview: the widget header and greeting as customers would see them, and the fields' problems. */
    @PostMapping(BASE + "/preview")
    @ResponseBody
    PersonaPreview preview(@ModelAttribute PersonaForm form) {
        try {
            return persona.preview(form.toContent());
        } catch (ContentRejectedException rejected) {
            return new PersonaPreview(form.name(), "", List.of(), rejected.problems());
        }
    }

    @ExceptionHandler(EditingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(EditingRefusedException refused, Model model) {
        model.addAttribute("problem", refused.getMessage());
        model.addAttribute("back", EditorController.BASE);
        return "console/editor/refused";
    }

    private String editor(ConsoleUser user, PersonaForm form, List<PersonaRevisionView> history,
                          Map<String, List<String>> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("form", form);
        model.addAttribute("revisions", history.reversed());
        model.addAttribute("errors", errors);
        model.addAttribute("avatars", persona.shippedAvatars());
        model.addAttribute("comments", workflow.persona().comments(PersonaEditing.ID));
        PersonaPreview preview;
        try {
            preview = persona.preview(form.toContent());
        } catch (ContentRejectedException rejected) {
            preview = new PersonaPreview(form.name(), "", List.of(), rejected.problems());
        }
        model.addAttribute("preview", preview);
        return "console/editor/persona";
    }

    private static Map<String, List<String>> byField(List<FieldProblem> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.fieldLine() > 0
                    ? "line " + problem.fieldLine() + ": " + problem.message() : problem.message());
        }
        return errors;
    }
}
