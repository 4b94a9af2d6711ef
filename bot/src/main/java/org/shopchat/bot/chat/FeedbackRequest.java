package org.shopchat.bot.chat;

/** Payload of {@code /app/chat.feedback}: "did this help?" on the bot message {@code seq}. */
record FeedbackRequest(Long seq, Boolean helpful) {
}
