package org.shopchat.console.web;

import org.shopchat.console.handoff.OfflineTickets;
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

import java.util.NoSuchElementException;
import java.util.UUID;

/** Messages customers left while nobody was available: list, record the e-mail reply, close. */
@Controller
class TicketController {

    static final int MAX_REPLY_CHARS = 8000;

    private final OfflineTickets tickets;

    TicketController(OfflineTickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/console/tickets")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tickets", tickets.list());
        return "console/tickets";
    }

    @PostMapping("/console/tickets/{id}/reply")
    String reply(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                 @RequestParam(required = false) String text, RedirectAttributes redirect) {
        AgentText.clean(text, MAX_REPLY_CHARS).ifPresentOrElse(
                clean -> tickets.reply(id, user.agent(), clean),
                () -> redirect.addFlashAttribute("notice", "A reply needs 1 to " + MAX_REPLY_CHARS + " characters of text."));
        return "redirect:/console/tickets";
    }

    @PostMapping("/console/tickets/{id}/close")
    String close(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id) {
        tickets.close(id, user.agent());
        return "redirect:/console/tickets";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(Model model) {
        model.addAttribute("problem", "There is no such offline message.");
        return "console/problem";
    }

    @ExceptionHandler(IllegalStateException.class)
    String closed(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "That message is closed; it can no longer be answered.");
        return "redirect:/console/tickets";
    }
}
