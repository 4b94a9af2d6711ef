package org.shopchat.bot;

import org.shopchat.bot.chat.ChatProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Customers are anonymous on the shop page, the widget and the chat WebSocket (their conversation token is their
 * key); everything else needs a signed-in console user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The shop page and article pages load only their own scripts; styles may be inline (the widget builds its own
     * style element in its shadow root). They may be framed by the bot itself and the configured shop origins only.
     */
    static String contentSecurityPolicy(ChatProperties chat) {
        String ancestors = chat == null ? ""
                : String.join(" ", chat.allowedOrigins().stream().filter(o -> !o.isBlank()).toList());
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'self'" + (ancestors.isEmpty() ? "" : " " + ancestors);
    }

    /**
     * Prometheus scrapes /actuator/prometheus with HTTP Basic as a console ADMIN (no session, no CSRF: nothing is
     * changed there). Everything else of the actuator except health stays closed.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain metrics(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ChatProperties> chat) throws Exception {
        http.headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(chat.getIfAvailable()))));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/widget.js", "/widget/**", "/webjars/**", "/persona/**", "/ws", "/ws/**",
                                "/kb/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }
}
