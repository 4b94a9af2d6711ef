package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderStatus;

import java.util.Optional;

/**
 * docs/demo-shop.md, "Changing and cancelling orders": free while placed, £2.95 while packing (picking and
 * restocking), not at all once shipped; personalised items can't be cancelled once packing.
 */
final class CancellationPolicy {

    static final Money PACKING_FEE = Money.ofPence(295);

    private CancellationPolicy() {
    }

    /** The fee for cancelling now; empty when the order can't be cancelled. */
    static Optional<Money> feeFor(CustomerOrder order) {
        return switch (order.getStatus()) {
            case PLACED -> Optional.of(Money.ZERO);
            case PACKING -> order.hasPersonalisedItems() ? Optional.empty() : Optional.of(PACKING_FEE);
            default -> Optional.empty();
        };
    }

    static boolean blockedOnlyByPersonalisedItems(CustomerOrder order) {
        return order.getStatus() == OrderStatus.PACKING && order.hasPersonalisedItems();
    }
}
