package org.shopchat.bot.orders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The orders module on its own for slice tests: its services, the demo data (loaded once per test context, as at
 * start-up, and committed; each test's changes roll back), and a clock stopped on a Wednesday morning, so
 * "today", delays and fees are the same on every run.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({OrdersProperties.class, DemoDataProperties.class})
@ComponentScan(basePackageClasses = OrderLookup.class)
public class OrdersTestConfiguration {

    public static final Instant NOW = Instant.parse("2026-04-15T09:30:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-04-15");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
