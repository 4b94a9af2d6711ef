package org.shopchat.console.web;

import org.shopchat.console.learning.GapReport;
import org.shopchat.console.learning.IntentExamples;
import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The gaps report for editors (EDITOR or ADMIN, see the security configuration). */
@Controller
class GapController {

    static final List<Integer> PERIODS = List.of(1, 7, 30, 90);
    static final int MAX_GROUPS = 100;

    private final GapReport gaps;
    private final IntentExamples examples;
    private final Clock clock;

    GapController(GapReport gaps, IntentExamples examples, Clock clock) {
        this.gaps = gaps;
        this.examples = examples;
        this.clock = clock;
    }

    @GetMapping("/console/learning/gaps")
    String report(@AuthenticationPrincipal ConsoleUser user, @RequestParam(defaultValue = "7") String days,
                  Model model) {
        int period = PERIODS.stream().filter(p -> String.valueOf(p).equals(days)).findFirst().orElse(7);
        model.addAttribute("user", user);
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("intents", examples.intents());
        model.addAttribute("groups", gaps.groups(clock.instant().minus(Duration.ofDays(period)), MAX_GROUPS));
        return "console/learning/gaps";
    }
}
