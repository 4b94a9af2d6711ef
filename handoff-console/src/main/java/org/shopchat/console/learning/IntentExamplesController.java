package org.shopchat.console.learning;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The intent examples page (EDITOR or ADMIN, see the security configuration): examples per intent with search,
 * add, edit (text or intent), delete, a new intent with its first examples; and the gaps report's "add as
 * examples". Rules are checked by the application; a refusal shows its messages at the fields, nothing is stored.
 */
@Controller
class IntentExamplesController {

    static final String PAGE = "/console/learning/intents";
    static final int SHOWN = 500;
    /** A pasted list of examples; far above 200 lines of 300 characters, so only misuse is cut off. */
    static final int MAX_FORM_CHARS = 70_000;

    private final IntentExamples examples;

    IntentExamplesController(IntentExamples examples) {
        this.examples = examples;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String intent,
                @RequestParam(defaultValue = "") String q, Model model) {
        return render(user, intent, q, Map.of(), Map.of(), model);
    }

    @PostMapping(PAGE + "/{intent}/examples")
    String add(@AuthenticationPrincipal ConsoleUser user, @PathVariable String intent,
               @RequestParam(defaultValue = "") String texts, Model model, RedirectAttributes redirect) {
        try {
            int added = examples.add(intent, lines(texts, "texts"), user.getUsername());
            return done(redirect, intent, added + (added == 1 ? " example" : " examples") + " added to " + intent
                    + ". Retrain the model for the bot to learn them.");
        } catch (ExamplesRejectedException rejected) {
            return render(user, intent, "", prefixed("add-", rejected.problems()), Map.of("texts", texts), model);
        }
    }

    @PostMapping(PAGE)
    String createIntent(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String name,
                        @RequestParam(defaultValue = "") String texts, @RequestParam(required = false) String intent,
                        Model model, RedirectAttributes redirect) {
        try {
            int added = examples.createIntent(name, lines(texts, "texts"), user.getUsername());
            return done(redirect, name.strip(), "Intent " + name.strip() + " created with " + added
                    + (added == 1 ? " example" : " examples") + ". Retrain the model for the bot to learn it.");
        } catch (ExamplesRejectedException rejected) {
            return render(user, intent, "", prefixed("new-", rejected.problems()),
                    Map.of("name", name, "newTexts", texts), model);
        }
    }

    @PostMapping("/console/learning/examples/{id}")
    String update(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id,
                  @RequestParam(defaultValue = "") String intent, @RequestParam(defaultValue = "") String text,
                  @RequestParam(defaultValue = "") String shown, @RequestParam(defaultValue = "") String q,
                  Model model, RedirectAttributes redirect) {
        try {
            examples.update(id, intent, text, user.getUsername());
            return done(redirect, shown.isBlank() ? intent : shown, "Example saved"
                    + (intent.equals(shown) || shown.isBlank() ? "." : " as an example of " + intent + "."));
        } catch (ExamplesRejectedException rejected) {
            return render(user, shown.isBlank() ? intent : shown, q, prefixed("example-" + id + "-",
                    rejected.problems()), Map.of("example-" + id, text), model);
        }
    }

    @PostMapping("/console/learning/examples/{id}/delete")
    String delete(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id,
                  @RequestParam(defaultValue = "") String shown, Model model, RedirectAttributes redirect) {
        try {
            examples.delete(id);
            return done(redirect, shown, "Example deleted.");
        } catch (ExamplesRejectedException rejected) {
            return render(user, shown, "", prefixed("page-", rejected.problems()), Map.of(), model);
        }
    }

    /** From a group of the gaps report: the ticked messages become examples of the intent chosen or named. */
    @PostMapping("/console/learning/gaps/examples")
    String fromGaps(@AuthenticationPrincipal ConsoleUser user,
                    @RequestParam(name = "text", required = false) List<String> texts,
                    @RequestParam(defaultValue = "") String intent, @RequestParam(defaultValue = "") String newIntent,
                    @RequestParam(defaultValue = "7") String days, RedirectAttributes redirect) {
        boolean creating = !newIntent.isBlank();
        String target = creating ? newIntent.strip() : intent.strip();
        List<String> chosen = texts == null ? List.of() : texts;
        try {
            if (target.isEmpty()) {
                throw ExamplesRejectedException.of("intent", "choose an intent or name a new one");
            }
            if (chosen.stream().mapToInt(String::length).sum() > MAX_FORM_CHARS) {
                throw ExamplesRejectedException.of("texts", "too much text at once");
            }
            int added = examples.addFromGaps(target, creating, chosen, user.getUsername());
            return done(redirect, target, added + (added == 1 ? " customer message" : " customer messages")
                    + " added as examples of " + target + ". Retrain the model for the bot to learn them.");
        } catch (ExamplesRejectedException rejected) {
            redirect.addFlashAttribute("problems", rejected.problems().values().stream().flatMap(List::stream)
                    .toList());
            redirect.addFlashAttribute("problemTexts", chosen);
            return "redirect:" + UriComponentsBuilder.fromPath("/console/learning/gaps").queryParam("days", days)
                    .build().toUriString();
        }
    }

    private String render(ConsoleUser user, String intent, String q, Map<String, List<String>> errors,
                          Map<String, String> values, Model model) {
        List<IntentSummary> intents = examples.intents();
        String selected = intents.stream().map(IntentSummary::name).filter(n -> n.equals(intent)).findFirst()
                .orElse(intents.isEmpty() ? "" : intents.getFirst().name());
        model.addAttribute("user", user);
        model.addAttribute("intents", intents);
        model.addAttribute("intent", selected);
        model.addAttribute("q", q);
        model.addAttribute("examples", selected.isEmpty() ? List.of() : examples.examples(selected, q, SHOWN));
        model.addAttribute("shownLimit", SHOWN);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "console/learning/intents";
    }

    private static String done(RedirectAttributes redirect, String intent, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + UriComponentsBuilder.fromPath(PAGE).queryParam("intent", intent).encode().build()
                .toUriString();
    }

    private static List<String> lines(String text, String field) {
        if (text.length() > MAX_FORM_CHARS) {
            throw ExamplesRejectedException.of(field, "too much text at once (" + text.length()
                    + " characters, at most " + MAX_FORM_CHARS + ")");
        }
        return Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static Map<String, List<String>> prefixed(String prefix, Map<String, List<String>> problems) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        problems.forEach((field, messages) -> result.put(prefix + field, messages));
        return result;
    }
}
