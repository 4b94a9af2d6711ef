package org.shopchat.console.editor;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The test bench: an editor types a customer question and sees what the bot understands and would answer, from the
 * published content or from the editors' latest drafts.
 */
@Controller
class TestBenchController {

    private final TestBench bench;

    TestBenchController(TestBench bench) {
        this.bench = bench;
    }

    @GetMapping(EditorController.BASE + "/bench")
    String bench(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String content, Model model) {
        model.addAttribute("user", user);
        String text = q == null ? "" : q.strip();
        BenchContent from = BenchContent.DRAFTS.param().equals(content) ? BenchContent.DRAFTS : BenchContent.PUBLISHED;
        model.addAttribute("q", text);
        model.addAttribute("content", from);
        if (content != null && !content.isEmpty() && !from.param().equals(content)) {
            model.addAttribute("notice", "Answer from 'published' or 'drafts'; '" + content + "' is neither.");
        } else if (text.length() > TestBench.MAX_CHARS) {
            model.addAttribute("notice", "A customer message has at most " + TestBench.MAX_CHARS + " characters.");
        } else if (!text.isEmpty()) {
            model.addAttribute("reading", bench.read(text, from));
        }
        return "console/editor/bench";
    }
}
