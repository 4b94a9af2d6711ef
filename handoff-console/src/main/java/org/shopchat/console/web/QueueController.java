package org.shopchat.console.web;

import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.Presence;
import org.shopchat.console.handoff.WaitingHandoff;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

/** The queue of waiting customers, the agent's own chats, presence and claiming. */
@Controller
class QueueController {

    private final HandoffQueue queue;
    private final AgentPresence presence;

    QueueController(HandoffQueue queue, AgentPresence presence) {
        this.queue = queue;
        this.presence = presence;
    }

    @GetMapping("/console")
    String queue(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("waiting", queue.waiting());
        model.addAttribute("mine", queue.claimedBy(user.getUsername()));
        model.addAttribute("presence", presence.of(user.getUsername()).name());
        return "console/queue";
    }

    /** The same list the live updates carry, for a page that (re)connects. */
    @GetMapping("/console/queue.json")
    @ResponseBody
    List<WaitingHandoff> waiting() {
        return queue.waiting();
    }

    @PostMapping("/console/presence")
    String presence(@AuthenticationPrincipal ConsoleUser user, @RequestParam Presence presence) {
        this.presence.set(user.agent(), presence);
        return "redirect:/console";
    }

    @PostMapping("/console/handoffs/{id}/claim")
    String claim(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        ClaimResult result = queue.claim(id, user.agent());
        return switch (result) {
            case ClaimResult.Claimed claimed -> "redirect:/console/handoffs/" + claimed.handoffId();
            case ClaimResult.AlreadyTaken taken -> {
                redirect.addFlashAttribute("notice", taken.byDisplayName() == null
                        ? "That customer is no longer waiting."
                        : "Already taken by " + taken.byDisplayName() + ".");
                yield "redirect:/console";
            }
            case ClaimResult.AtCapacity full -> {
                redirect.addFlashAttribute("notice", "You already have " + full.limit()
                        + " chats open; resolve or transfer one first.");
                yield "redirect:/console";
            }
        };
    }
}
