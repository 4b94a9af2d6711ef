package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderItem;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.StatusChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How one demo order came to be where it is: when it was placed, the moves it made since and the delivery date it
 * was promised. Builds the order the same way the running shop would change it, so demo orders obey the same rules.
 *
 * @param cancellationFee charged if one of the moves is a cancellation
 */
record DemoOrderPlan(Instant placedAt, LocalDate estimatedDelivery, List<StatusChange> moves, Money cancellationFee) {

    DemoOrderPlan(Instant placedAt, LocalDate estimatedDelivery, List<StatusChange> moves) {
        this(placedAt, estimatedDelivery, moves, Money.ZERO);
    }

    CustomerOrder build(String orderNumber, Customer customer, DeliveryAddress address, List<OrderItem> items,
                        DeliveryOption option, Money deliveryCharge) {
        CustomerOrder order = new CustomerOrder(orderNumber, customer, items, option, deliveryCharge, address,
                estimatedDelivery, placedAt);
        for (StatusChange move : moves) {
            if (move.status() == OrderStatus.CANCELLED) {
                order.cancel(cancellationFee, move.at());
            } else {
                order.moveTo(move.status(), move.at());
            }
        }
        return order;
    }

    /** This plan followed by one more move. */
    DemoOrderPlan then(StatusChange move) {
        List<StatusChange> longer = new java.util.ArrayList<>(moves);
        longer.add(move);
        return new DemoOrderPlan(placedAt, estimatedDelivery, List.copyOf(longer), cancellationFee);
    }

    OrderStatus finalStatus() {
        return moves.isEmpty() ? OrderStatus.PLACED : moves.getLast().status();
    }
}
