package org.shopchat.console.web;

import org.shopchat.console.audit.AuditLog;
import org.shopchat.console.security.ConsoleAccounts;
import org.shopchat.console.security.ConsoleRole;
import org.shopchat.console.security.ConsoleUser;
import org.shopchat.console.security.PasswordRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Administrators manage the console accounts (ADMIN only, see the security configuration): list, create, change
 * roles, disable and enable, reset a password. Every change is written to the audit log with what was changed
 * (never a password); a refused change too, with the reason.
 */
@Controller
class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private static final String PAGE = "redirect:/console/accounts";

    private final ConsoleAccounts accounts;
    private final AuditLog audit;

    AccountController(ConsoleAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/console/accounts")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", ConsoleRole.values());
        model.addAttribute("minPasswordChars", PasswordRules.MIN_CHARS);
        return "console/accounts";
    }

    @PostMapping("/console/accounts")
    String create(@AuthenticationPrincipal ConsoleUser admin, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        String name = username.strip();
        return change(admin, redirect, "create account " + name, () -> {
            Set<ConsoleRole> chosen = roles(roles);
            accounts.create(name, displayName, password, chosen);
            return "Account " + name + " created with " + names(chosen) + ".";
        }, " roles " + names(safeRoles(roles)));
    }

    @PostMapping("/console/accounts/{username}/roles")
    String roles(@AuthenticationPrincipal ConsoleUser admin, @PathVariable String username,
                 @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        return change(admin, redirect, "roles of " + username, () -> {
            Set<ConsoleRole> chosen = roles(roles);
            accounts.changeRoles(admin.getUsername(), username, chosen);
            return username + " now has " + names(chosen) + ".";
        }, " set to " + names(safeRoles(roles)));
    }

    @PostMapping("/console/accounts/{username}/enabled")
    String enabled(@AuthenticationPrincipal ConsoleUser admin, @PathVariable String username,
                   @RequestParam(defaultValue = "") String enabled, RedirectAttributes redirect) {
        boolean enable = "true".equals(enabled);
        return change(admin, redirect, (enable ? "enable " : "disable ") + username, () -> {
            accounts.setEnabled(admin.getUsername(), username, enable);
            return username + (enable ? " can sign in again." : " is disabled and cannot sign in.");
        }, "");
    }

    @PostMapping("/console/accounts/{username}/password")
    String password(@AuthenticationPrincipal ConsoleUser admin, @PathVariable String username,
                    @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        return change(admin, redirect, "reset password of " + username, () -> {
            accounts.resetPassword(username, password);
            return "The password of " + username + " was reset; tell them the new one in person.";
        }, "");
    }

    private interface Change {
        String apply();
    }

    private String change(ConsoleUser admin, RedirectAttributes redirect, String what, Change change, String detail) {
        try {
            String notice = change.apply();
            audit.record(admin.getUsername(), "account: " + what + detail, "ok");
            redirect.addFlashAttribute("notice", notice);
        } catch (IllegalArgumentException refused) {
            log.info("Refused an account change by {}: {} ({})", admin.getUsername(), what, refused.getMessage());
            audit.record(admin.getUsername(), "account: " + what + detail, "refused");
            redirect.addFlashAttribute("problem", "Not done: " + refused.getMessage() + ".");
        }
        return PAGE;
    }

    private static Set<ConsoleRole> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
        for (String name : names) {
            try {
                roles.add(ConsoleRole.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("there is no role like that; the roles are AGENT, EDITOR and ADMIN");
            }
        }
        return roles;
    }

    // For the audit line only: what was asked for, with anything that is not a role left out.
    private static Set<ConsoleRole> safeRoles(List<String> names) {
        Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
        if (names != null) {
            for (ConsoleRole role : ConsoleRole.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String names(Set<ConsoleRole> roles) {
        return roles.isEmpty() ? "no role" : roles.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
