package org.shopchat.bot.orders;

/** What happened when an order was moved on to a new status. */
public sealed interface AdvanceResult {

    String orderNumber();

    record Advanced(String orderNumber, OrderStatus from, OrderStatus to) implements AdvanceResult {
    }

    /** The order can't make that move (e.g. from delivered back to packing). */
    record NotAllowed(String orderNumber, OrderStatus from, OrderStatus to) implements AdvanceResult {
    }

    record UnknownOrder(String orderNumber) implements AdvanceResult {
    }
}
