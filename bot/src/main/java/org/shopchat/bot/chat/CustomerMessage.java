package org.shopchat.bot.chat;

/** Payload of {@code /app/chat.send}. Validated by {@link CustomerMessageRules}, not trusted. */
record CustomerMessage(String clientMessageId, String text) {
}
