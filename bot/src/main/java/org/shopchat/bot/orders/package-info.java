/**
 * Orders and customers: the {@link org.shopchat.bot.orders.OrderLookup} port with its JPA implementation and demo data,
 * identity checks before order details are shown, signed customer tokens, and status-change events. Knows nothing of
 * conversations' messages, the transport or the texts the bot says.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders")
package org.shopchat.bot.orders;
