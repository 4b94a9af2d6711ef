package org.shopchat.console.learning;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intent model versions (EDITOR or ADMIN): retrain in the background with its progress (the page polls
 * {@code /console/learning/models/training}), the gate's figures per version, activate an earlier version.
 */
@Controller
class IntentModelsController {

    static final String PAGE = "/console/learning/models";

    private final IntentModels models;

    IntentModelsController(IntentModels models) {
        this.models = models;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("versions", models.versions());
        model.addAttribute("training", models.training());
        return "console/learning/models";
    }

    @GetMapping(PAGE + "/training")
    @ResponseBody
    TrainingStatus training() {
        return models.training();
    }

    @PostMapping(PAGE + "/retrain")
    String retrain(@AuthenticationPrincipal ConsoleUser user, RedirectAttributes redirect) {
        try {
            int version = models.retrain(user.getUsername());
            redirect.addFlashAttribute("notice", "Training version " + version + " started. It is activated only if"
                    + " it passes the held-out gate.");
        } catch (LearningRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{version}/activate")
    String activate(@AuthenticationPrincipal ConsoleUser user, @PathVariable int version,
                    RedirectAttributes redirect) {
        try {
            models.activate(version, user.getUsername());
            redirect.addFlashAttribute("notice", "Version " + version + " is the active model: the bot answers with"
                    + " it from the next message on.");
        } catch (LearningRefusedException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + PAGE;
    }
}
