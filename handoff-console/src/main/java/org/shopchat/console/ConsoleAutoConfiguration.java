package org.shopchat.console;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.shopchat.console.security.ConsoleProperties;

/**
 * Brings the console (pages, security chain, accounts, presence) into the application that embeds it. The
 * application implements the console's ports ({@link org.shopchat.console.handoff.HandoffQueue},
 * {@link org.shopchat.console.handoff.LiveChat}, {@link org.shopchat.console.handoff.OfflineTickets}).
 */
@AutoConfiguration
@ComponentScan(basePackageClasses = ConsoleAutoConfiguration.class)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleAutoConfiguration {
}
