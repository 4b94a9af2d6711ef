package org.shopchat.bot.orders;

/** The answer to "where is my refund?" for one order. */
public sealed interface RefundStatusResult {

    String orderNumber();

    /** The most recent refund on the order. */
    record Found(String orderNumber, RefundDetails refund) implements RefundStatusResult {
    }

    record NoRefund(String orderNumber) implements RefundStatusResult {
    }

    record UnknownOrder(String orderNumber) implements RefundStatusResult {
    }
}
