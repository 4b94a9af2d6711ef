package org.shopchat.bot.chat;

import java.util.UUID;

/** The customer of a conversation started or stopped typing. */
public record CustomerTyping(UUID conversationId, boolean active) {
}
