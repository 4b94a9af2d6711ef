package org.shopchat.bot.orders;

/** Service tier; VIP customers are served first when they ask for a person. */
public enum CustomerTier {
    STANDARD, VIP
}
