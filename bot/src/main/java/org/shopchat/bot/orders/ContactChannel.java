package org.shopchat.bot.orders;

/** How a customer prefers to be contacted about their orders. */
public enum ContactChannel {
    EMAIL, PHONE, SMS, CHAT
}
