/**
 * Conversations and their messages: persisted, ordered, idempotent per client message id, and the turn that
 * produces the bot's reply. Knows nothing of the transport (STOMP) that carries the messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package org.shopchat.bot.conversation;
