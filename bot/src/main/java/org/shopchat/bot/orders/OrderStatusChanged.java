package org.shopchat.bot.orders;

import java.time.Instant;

/** An order moved to a new status; published inside the changing transaction, so listeners after commit see it. */
public record OrderStatusChanged(String orderNumber, OrderStatus oldStatus, OrderStatus newStatus, Instant at) {
}
