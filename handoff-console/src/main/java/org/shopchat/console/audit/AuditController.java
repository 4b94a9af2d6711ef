package org.shopchat.console.audit;

import org.shopchat.console.security.ConsoleUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log for administrators (ADMIN only, see the console's security configuration). */
@Controller
class AuditController {

    static final int SHOWN = 200;

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/console/audit")
    String audit(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("entries", log.newest(SHOWN));
        return "console/audit";
    }
}
