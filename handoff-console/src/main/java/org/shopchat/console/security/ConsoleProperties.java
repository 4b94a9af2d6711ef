package org.shopchat.console.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoAccounts create the demo accounts (agent1, agent2, editor, admin) at start-up and print their
 *                     passwords; for the default (demo) profile only, never in production
 */
@ConfigurationProperties("shopchat.console")
public record ConsoleProperties(boolean demoAccounts) {
}
