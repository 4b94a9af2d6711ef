package org.shopchat.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.Presence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The console's own filter chain, ahead of the application's: the editors' areas (/console/editor/**,
 * /console/canned/**, /console/learning/**) need an EDITOR or ADMIN, /console/orders/**, /console/audit and
 * /console/accounts/** an ADMIN, /console/analytics/** any console role (agents see only their own figures there),
 * the rest of
 * /console/** an AGENT or ADMIN, /login and
 * /logout are the console's. CSRF stays on (forms carry the token; page scripts send it as a header), session
 * fixation protection is Spring Security's default (new session id at login).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String LOGIN = "/login";

    private final AgentPresence presenceHolder;
    private final LoginThrottle loginThrottle;

    ConsoleSecurityConfiguration(AgentPresence presenceHolder, LoginThrottle loginThrottle) {
        this.presenceHolder = presenceHolder;
        this.loginThrottle = loginThrottle;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.securityMatcher("/console", "/console/**", LOGIN, "/logout")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/console/assets/**").permitAll()
                        .requestMatchers("/console/canned", "/console/canned/**").hasAnyRole(ConsoleRole.EDITOR.name(), ConsoleRole.ADMIN.name())
                        .requestMatchers("/console/editor", "/console/editor/**")
                        .hasAnyRole(ConsoleRole.EDITOR.name(), ConsoleRole.ADMIN.name())
                        .requestMatchers("/console/orders", "/console/orders/**").hasRole(ConsoleRole.ADMIN.name())
                        .requestMatchers("/console/audit").hasRole(ConsoleRole.ADMIN.name())
                        .requestMatchers("/console/accounts", "/console/accounts/**").hasRole(ConsoleRole.ADMIN.name())
                        // Everyone in the console; the page itself narrows an agent's view to their own figures.
                        .requestMatchers("/console/analytics", "/console/analytics/**")
                        .hasAnyRole(ConsoleRole.AGENT.name(), ConsoleRole.EDITOR.name(), ConsoleRole.ADMIN.name())
                        .requestMatchers("/console/learning", "/console/learning/**")
                        .hasAnyRole(ConsoleRole.EDITOR.name(), ConsoleRole.ADMIN.name())
                        .requestMatchers("/console", "/console/**").hasAnyRole(ConsoleRole.AGENT.name(), ConsoleRole.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(LOGIN).successHandler(new RoleHome()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                presenceHolder.signedOut(authentication.getName());
                            }
                        }))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * After sign-in: the page asked for before, else the user's own area (editors who are not agents to the
     * editor, everyone else to the queue).
     */
    static final class RoleHome extends SavedRequestAwareAuthenticationSuccessHandler {

        RoleHome() {
            setDefaultTargetUrl("/console");
        }

        @Override
        protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) {
            if (authentication.getPrincipal() instanceof ConsoleUser user && user.has(ConsoleRole.EDITOR)
                    && !user.has(ConsoleRole.AGENT) && !user.has(ConsoleRole.ADMIN)) {
                return "/console/editor";
            }
            return super.determineTargetUrl(request, response, authentication);
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Publishes session ends, so an agent whose session expires is no longer counted as online. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @EventListener
    void sessionEnded(HttpSessionDestroyedEvent event) {
        event.getSecurityContexts().stream().filter(c -> c.getAuthentication() != null)
                .forEach(c -> presenceHolder.signedOut(c.getAuthentication().getName()));
    }

    /** Signing in puts an agent online; they can switch to away on the queue page. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ConsoleUser user
                && (user.has(ConsoleRole.AGENT) || user.has(ConsoleRole.ADMIN))) {
            presenceHolder.set(user.agent(), Presence.ONLINE);
        }
    }
}
