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
        SpringApplication.run(ShopChatApplication.class, args);
    }
}
