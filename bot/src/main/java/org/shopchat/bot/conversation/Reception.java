package org.shopchat.bot.conversation;

/** The outcome of accepting a customer message: the stored message, and whether it had been received before. */
public record Reception(MessageView message, boolean duplicate, boolean answered) {
}
