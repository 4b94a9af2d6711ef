package org.shopchat.bot.orders;

import java.util.Set;

/** Where an order is in its life, as docs/demo-shop.md defines the statuses. "Delayed" is not a status. */
public enum OrderStatus {
    PLACED, PACKING, SHIPPED, OUT_FOR_DELIVERY, DELIVERED, CANCELLED, RETURNED;

    /** Before the carrier has it: the only time an order can be cancelled or re-addressed. */
    public boolean isBeforeShipment() {
        return this == PLACED || this == PACKING;
    }

    /** With the carrier and not yet delivered: the only statuses an order can be late in. */
    public boolean isInTransit() {
        return this == SHIPPED || this == OUT_FOR_DELIVERY;
    }

    public boolean isFinal() {
        return this == CANCELLED || this == RETURNED;
    }

    /** The moves an order can make; a carrier may skip "out for delivery" and report delivery straight away. */
    public boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PLACED -> Set.of(PACKING, CANCELLED).contains(next);
            case PACKING -> Set.of(SHIPPED, CANCELLED).contains(next);
            case SHIPPED -> Set.of(OUT_FOR_DELIVERY, DELIVERED).contains(next);
            case OUT_FOR_DELIVERY -> next == DELIVERED;
            case DELIVERED -> next == RETURNED;
            case CANCELLED, RETURNED -> false;
        };
    }
}
