package org.shopchat.bot.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo shop's customers and orders (docs/demo-shop.md, "Demo orders").
 *
 * @param enabled load the demo data set at start-up when it isn't in the database yet
 */
@ConfigurationProperties("shopchat.demo-data")
public record DemoDataProperties(boolean enabled) {
}
