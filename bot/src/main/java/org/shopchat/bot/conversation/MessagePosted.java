package org.shopchat.bot.conversation;

/** A message was stored in a conversation; published inside the storing transaction, delivered after commit. */
public record MessagePosted(MessageView message) {
}
