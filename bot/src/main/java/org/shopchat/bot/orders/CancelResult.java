package org.shopchat.bot.orders;

/** What happened when a customer asked to cancel an order. */
public sealed interface CancelResult {

    String orderNumber();

    /** Cancelled now; {@code refundAmount} (the total minus the fee) goes back to the original payment method. */
    record Cancelled(String orderNumber, Money fee, Money refundAmount) implements CancelResult {
    }

    /**
     * Too late, or already cancelled. {@code personalisedItems} is true when only the policy on personalised items
     * (not cancellable once packing) stands in the way.
     */
    record NotCancellable(String orderNumber, OrderStatus status, boolean personalisedItems) implements CancelResult {
    }

    /** No such order. Only reachable after verification, so telling the customer is safe then. */
    record UnknownOrder(String orderNumber) implements CancelResult {
    }
}
