package org.shopchat.console.web;

import org.shopchat.console.handoff.CannedResponses;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** Editors keep the canned responses agents insert into their replies (EDITOR or ADMIN role, see the security chain). */
@Controller
class CannedResponseController {

    private final CannedResponses canned;

    CannedResponseController(CannedResponses canned) {
        this.canned = canned;
    }

    @GetMapping("/console/canned")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("responses", canned.list());
        model.addAttribute("maxTitle", CannedResponses.MAX_TITLE_CHARS);
        model.addAttribute("maxText", CannedResponses.MAX_TEXT_CHARS);
        return "console/canned";
    }

    @PostMapping("/console/canned")
    String create(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            canned.create(title, text, user.getUsername());
            redirect.addFlashAttribute("notice", "Canned response added.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/console/canned";
    }

    @PostMapping("/console/canned/{id}")
    String update(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String text,
                  RedirectAttributes redirect) {
        try {
            canned.update(id, title, text, user.getUsername());
            redirect.addFlashAttribute("notice", "Canned response saved.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/console/canned";
    }

    @PostMapping("/console/canned/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", canned.delete(id) ? "Canned response deleted." : "It was deleted already.");
        return "redirect:/console/canned";
    }
}
