package org.shopchat.bot.chat;

/** Payload of {@code /app/chat.typing}. */
record TypingRequest(Boolean active) {
}
