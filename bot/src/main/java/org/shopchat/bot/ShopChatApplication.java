package org.shopchat.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one runnable ShopChat application: the customer chat, conversations, knowledge, orders, escalation and analytics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopChatApplication {

    public static void main(String[] args) {
        // --replay runs one replay and exits (org.shopchat.bot.replay.ReplayCommand).
        SpringApplication.run(ShopChatApplication.class, org.shopchat.bot.replay.ReplayLaunch.arguments(args));
    }
}
