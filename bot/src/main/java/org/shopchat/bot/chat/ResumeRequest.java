package org.shopchat.bot.chat;

/** Payload of {@code /app/chat.resume}: the last message seq the client has, 0 for all. */
record ResumeRequest(Long afterSeq) {
}
