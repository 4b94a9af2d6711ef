package org.shopchat.console.replay;

import org.shopchat.console.security.ConsoleUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;
import java.util.Map;

/** The replay page for editors (EDITOR or ADMIN, as all of /console/learning): the candidate form and the report. */
@Controller
class ReplayController {

    static final String PATH = "/console/learning/replay";
    private static final Logger log = LoggerFactory.getLogger(ReplayController.class);

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal ConsoleUser user, Model model) {
        return page(user, ReplayForm.startingFrom(replays.configured()), Map.of(), model);
    }

    @PostMapping(PATH)
    String run(@AuthenticationPrincipal ConsoleUser user, @ModelAttribute ReplayForm form, Model model) {
        List<String> models = replays.models();
        ReplayForm.Checked checked = form.check(models);
        if (checked.request().isEmpty()) {
            return page(user, form, checked.errors(), model);
        }
        try {
            model.addAttribute("report", replays.run(checked.request().get()));
        } catch (IllegalArgumentException e) {
            log.info("Replay refused for {}: {}", user.getUsername(), e.getMessage());
            model.addAttribute("notice", e.getMessage());
        }
        return page(user, form, Map.of(), model);
    }

    private String page(ConsoleUser user, ReplayForm form, Map<String, List<String>> errors, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("models", replays.models());
        model.addAttribute("maxConversations", Replays.MAX_CONVERSATIONS);
        model.addAttribute("changes", TurnDifference.Change.values());
        return "console/learning/replay";
    }
}
