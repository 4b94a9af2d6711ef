/**
 * The customer's chat transport: STOMP over WebSocket at {@code /ws}, frame validation, and delivery of stored
 * messages to the customer's open connections. Destinations and payloads are documented in docs/protocol.md.
 * Holds no conversation state of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat")
package org.shopchat.bot.chat;
