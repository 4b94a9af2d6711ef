package org.shopchat.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, further attempts for it are refused, right password or not, until the window has passed since the
 * first failure. Counted per username (not per address: staff share an office address). In memory: a restart forgets.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant first) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    boolean locked(String username) {
        Failures current = failures.get(key(username));
        if (current == null) {
            return false;
        }
        if (current.first().plus(WINDOW).isBefore(clock.instant())) {
            failures.remove(key(username), current);
            return false;
        }
        return current.count() >= MAX_FAILURES;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ConsoleSecurityConfiguration.LOGIN.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null && locked(username)) {
            log.info("Refused a sign-in for a locked console username ({} failures)", MAX_FAILURES);
            response.sendRedirect(request.getContextPath() + ConsoleSecurityConfiguration.LOGIN + "?locked");
            return;
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        failures.compute(key(String.valueOf(event.getAuthentication().getName())), (name, current) ->
                current == null || current.first().plus(WINDOW).isBefore(now) ? new Failures(1, now)
                        : new Failures(current.count() + 1, current.first()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
