package org.shopchat.console.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Records every state-changing console request (POST, PUT, PATCH, DELETE under /console) by a signed-in user, with
 * the response status, and every sign-in attempt. Reads are not recorded: the log is of actions.
 */
@Component
public class ConsoleActionAudit extends OncePerRequestFilter {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog log;

    ConsoleActionAudit(AuditLog log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/console");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        try {
            chain.doFilter(request, response);
        } finally {
            if (signedIn != null && signedIn.isAuthenticated()) {
                log.record(signedIn.getName(), request.getMethod() + " " + request.getRequestURI(),
                        String.valueOf(response.getStatus()));
            }
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        log.record(event.getAuthentication().getName(), "sign-in", "ok");
    }

    @EventListener
    void signInRefused(AbstractAuthenticationFailureEvent event) {
        log.record(String.valueOf(event.getAuthentication().getName()), "sign-in", "refused");
    }
}
