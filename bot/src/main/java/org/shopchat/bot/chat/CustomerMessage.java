package org.shopchat.bot.chat;

/**
 * Payload of {@code /app/chat.send}; {@code choice} is present when the customer pressed a quick reply.
 * Validated by {@link CustomerMessageRules}, not trusted.
 */
record CustomerMessage(String clientMessageId, String text, Choice choice) {

    record Choice(String action, String value) {
    }
}
