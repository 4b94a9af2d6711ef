package org.shopchat.bot.conversation;

/** Who wrote a message. */
public enum Sender {
    CUSTOMER, BOT, AGENT, SYSTEM
}
