package org.shopchat.console.web;

import org.shopchat.console.handoff.ActiveHandoff;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.CannedResponses;
import org.shopchat.console.handoff.ChatLine;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.InternalNote;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.console.handoff.NotYourHandoffException;
import org.shopchat.console.handoff.Resolution;
import org.shopchat.console.handoff.SuggestedArticle;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One claimed conversation: the context packet and internal notes, the live chat with canned responses and
 * suggested articles, and ending it (resolve, release, transfer).
 */
@Controller
class HandoffController {

    static final int MAX_MESSAGE_CHARS = 2000;
    static final int MAX_NOTE_CHARS = 1000;
    static final int MAX_INTERNAL_NOTE_CHARS = 2000;

    private final HandoffQueue queue;
    private final LiveChat chat;
    private final AgentPresence presence;
    private final CannedResponses canned;

    HandoffController(HandoffQueue queue, LiveChat chat, AgentPresence presence, CannedResponses canned) {
        this.queue = queue;
        this.chat = chat;
        this.presence = presence;
        this.canned = canned;
    }

    @GetMapping("/console/handoffs/{id}")
    String conversation(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, Model model) {
        Agent agent = user.agent();
        ActiveHandoff handoff = queue.active(id).filter(h -> h.claimedBy().equals(agent.username()))
                .orElseThrow(() -> new NotYourHandoffException(id));
        model.addAttribute("user", user);
        model.addAttribute("handoff", handoff);
        model.addAttribute("packet", chat.packet(id, agent));
        model.addAttribute("transcript", chat.transcript(id, agent));
        model.addAttribute("notes", chat.notes(id, agent));
        model.addAttribute("canned", canned.list());
        model.addAttribute("suggestions", chat.suggestedArticles(id, agent));
        model.addAttribute("resolutions", Resolution.values());
        model.addAttribute("colleagues", presence.online().stream()
                .filter(a -> !a.username().equals(agent.username()))
                .sorted(Comparator.comparing(Agent::displayName)).toList());
        return "console/handoff";
    }

    @GetMapping("/console/handoffs/{id}/transcript.json")
    @ResponseBody
    List<ChatLine> transcript(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id) {
        return chat.transcript(id, user.agent());
    }

    @PostMapping("/console/handoffs/{id}/messages")
    ResponseEntity<ChatLine> send(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                                  @RequestParam(required = false) String text) {
        return AgentText.clean(text, MAX_MESSAGE_CHARS)
                .map(clean -> ResponseEntity.ok(chat.send(id, user.agent(), clean)))
                .orElseGet(() -> ResponseEntity.badRequest().build());
    }

    /** Articles for the customer's latest message; the page asks again whenever the customer writes. */
    @GetMapping("/console/handoffs/{id}/suggestions.json")
    @ResponseBody
    List<SuggestedArticle> suggestions(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id) {
        return chat.suggestedArticles(id, user.agent());
    }

    @PostMapping("/console/handoffs/{id}/articles")
    ResponseEntity<ChatLine> sendArticle(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                                         @RequestParam(required = false) String articleId) {
        try {
            return ResponseEntity.ok(chat.sendArticle(id, user.agent(), articleId));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
    }

    @PostMapping("/console/handoffs/{id}/notes")
    ResponseEntity<InternalNote> addNote(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                                         @RequestParam(required = false) String text) {
        return AgentText.clean(text, MAX_INTERNAL_NOTE_CHARS)
                .map(clean -> ResponseEntity.ok(chat.addNote(id, user.agent(), clean)))
                .orElseGet(() -> ResponseEntity.badRequest().build());
    }

    @PostMapping("/console/handoffs/{id}/typing")
    ResponseEntity<Void> typing(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                                @RequestParam boolean active) {
        chat.typing(id, user.agent(), active);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/console/handoffs/{id}/resolve")
    String resolve(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id,
                   @RequestParam Resolution resolution, @RequestParam(required = false) String note,
                   RedirectAttributes redirect) {
        String briefing = note == null || note.isBlank() ? "" : AgentText.clean(note, MAX_NOTE_CHARS).orElse(null);
        if (briefing == null) {
            redirect.addFlashAttribute("notice", "The briefing must be at most " + MAX_NOTE_CHARS + " characters of text.");
            return "redirect:/console/handoffs/" + id;
        }
        queue.resolve(id, user.agent(), resolution, briefing);
        redirect.addFlashAttribute("notice", "Conversation resolved (" + resolution + "); the bot has taken over again.");
        return "redirect:/console";
    }

    @PostMapping("/console/handoffs/{id}/release")
    String release(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        queue.releaseToQueue(id, user.agent());
        redirect.addFlashAttribute("notice", "The customer is back in the queue.");
        return "redirect:/console";
    }

    @PostMapping("/console/handoffs/{id}/transfer")
    String transfer(@AuthenticationPrincipal ConsoleUser user, @PathVariable UUID id, @RequestParam String to,
                    RedirectAttributes redirect) {
        Agent target = presence.online().stream().filter(a -> a.username().equals(to)).findFirst().orElse(null);
        if (target == null) {
            redirect.addFlashAttribute("notice", "That colleague is not online.");
            return "redirect:/console/handoffs/" + id;
        }
        if (!queue.transfer(id, user.agent(), target)) {
            redirect.addFlashAttribute("notice", target.displayName() + " has no free chat slot.");
            return "redirect:/console/handoffs/" + id;
        }
        redirect.addFlashAttribute("notice", "Transferred to " + target.displayName() + ".");
        return "redirect:/console";
    }

    @ExceptionHandler(NotYourHandoffException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.FORBIDDEN)
    String notYours(Model model) {
        model.addAttribute("problem", "This conversation is not (or no longer) yours.");
        return "console/problem";
    }
}
