package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The editor area: article list with filters, the article editor with live preview and archiving. The workflow steps
 * and the diff are {@link RevisionController}'s, the same for every kind of content.
 */
@Controller
class EditorController {

    static final String BASE = "/console/editor";
    /** The content rules allow at most six questions; more would only be cut by the editor. */
    static final int MAX_PREFILLED_QUESTIONS = 6;

    private final ArticleEditing articles;
    private final EditorialWorkflow workflow;
    private final Clock clock;

    EditorController(ArticleEditing articles, EditorialWorkflow workflow, Optional<Clock> clock) {
        this.articles = articles;
        this.workflow = workflow;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String q,
                @RequestParam(required = false) ContentStatus status, @RequestParam(required = false) String intent,
                @RequestParam(required = false) String tag, @RequestParam(defaultValue = "0") int editedWithinDays,
                Model model) {
        ArticleFilter filter = new ArticleFilter(q, status, intent, tag, editedWithinDays);
        List<ArticleSummary> all = articles.articles();
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ContentStatus.values());
        model.addAttribute("intents", new TreeSet<>(all.stream().flatMap(a -> a.intents().stream()).toList()));
        model.addAttribute("tags", new TreeSet<>(all.stream().flatMap(a -> a.tags().stream()).toList()));
        model.addAttribute("total", all.size());
        model.addAttribute("articles", all.stream().filter(a -> filter.matches(a, clock.instant()))
                .sorted(Comparator.comparing(ArticleSummary::lastEditedAt).reversed()
                        .thenComparing(ArticleSummary::id)).toList());
        return "console/editor/articles";
    }

    /**
     * A new article; the gaps report opens it with a group's customer messages as the questions and the newest as
     * the title, for the editor to write the answer and save it as a draft.
     */
    @GetMapping(BASE + "/articles/new")
    String newArticle(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "") String title,
                      @RequestParam(name = "question", required = false) List<String> questions, Model model) {
        List<String> given = questions == null ? List.of() : questions.stream().map(String::strip)
                .filter(q -> !q.isEmpty()).distinct().limit(MAX_PREFILLED_QUESTIONS).toList();
        ArticleForm form = title.isBlank() && given.isEmpty() ? ArticleForm.empty()
                : new ArticleForm("", title, "", String.join("\n", given), "", "");
        return editor(user, form, List.of(), Map.of(), model);
    }

    /** The newest revision (or the one asked for) in the editor, with the workflow and comments beside it. */
    @GetMapping(BASE + "/articles/{id}")
    String article(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id,
                   @RequestParam(required = false) Integer revision, Model model) {
        List<ArticleRevisionView> history = articles.history(id);
        if (history.isEmpty()) {
            throw new EditingRefusedException("There is no article '" + id + "'.");
        }
        ArticleRevisionView shown = revision == null ? history.getLast() : workflow.revision(id, revision);
        model.addAttribute("shown", shown);
        return editor(user, ArticleForm.of(shown.content()), history, Map.of(), model);
    }

    @PostMapping(BASE + "/articles")
    String save(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute ArticleForm form, Model model,
                RedirectAttributes redirect) {
        try {
            ArticleContent content = form.toContent();
            int revision = workflow.save(user, content);
            redirect.addFlashAttribute("notice", "Saved as draft revision " + revision + ".");
            return "redirect:" + BASE + "/articles/" + content.id();
        } catch (ContentRejectedException rejected) {
            model.addAttribute("notice", "Not saved: " + rejected.problems().size()
                    + " problem(s), shown at their fields.");
            return editor(user, form, articles.history(form.id()), byField(rejected.problems()), model);
        }
    }

    /** The live preview: the same rendering and sanitising as the customer's article page and chat bubble. */
    @PostMapping(BASE + "/preview")
    @ResponseBody
    ArticlePreview preview(@RequestParam(defaultValue = "") String body) {
        if (body.length() > ArticleForm.MAX_BODY_CHARS) {
            throw new EditingRefusedException("The body is longer than " + ArticleForm.MAX_BODY_CHARS + " characters.");
        }
        return articles.preview(body.replace("\r\n", "\n"));
    }

    @PostMapping(BASE + "/articles/{id}/archive")
    String archive(@AuthenticationPrincipal ConsoleUser user, @PathVariable String id, RedirectAttributes redirect) {
        workflow.archive(user, id);
        return done(redirect, id, "Article archived: customers no longer see it.");
    }

    @ExceptionHandler(EditingRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(EditingRefusedException refused, Model model) {
        model.addAttribute("problem", refused.getMessage());
        model.addAttribute("back", BASE);
        return "console/editor/refused";
    }

    private String editor(ConsoleUser user, ArticleForm form, List<ArticleRevisionView> history,
                          Map<String, List<String>> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("times", EditorTimes.UK);
        model.addAttribute("form", form);
        model.addAttribute("history", history);
        model.addAttribute("revisions", history.reversed());
        model.addAttribute("errors", errors);
        model.addAttribute("comments", history.isEmpty() ? List.of() : workflow.comments(form.id()));
        model.addAttribute("preview", articles.preview(form.body()));
        return "console/editor/article";
    }

    private static String done(RedirectAttributes redirect, String id, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + BASE + "/articles/" + id;
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
