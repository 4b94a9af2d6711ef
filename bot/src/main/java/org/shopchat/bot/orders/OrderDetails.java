package org.shopchat.bot.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the order flows may show about one order, as of the moment it was looked up. Only ever show it to a
 * conversation that passed the identity check or belongs to the order's customer.
 *
 * @param total             items plus delivery
 * @param tracking          present once the order has shipped
 * @param estimatedDelivery the delivery date promised to the customer (UK date)
 * @param delayed           in transit and past the estimated delivery date on the day of the lookup (UK time)
 * @param treatedAsLostFrom when a delayed order counts as lost and is replaced or refunded at once (policy: 5 working
 *                          days after the estimate)
 * @param cancellationFee   what cancelling now would cost; empty when the order can't be cancelled
 * @param timeline          status changes, oldest first
 * @param refunds           refunds on this order, oldest first
 */
public record OrderDetails(String orderNumber, CustomerId customerId, OrderStatus status, Instant placedAt,
                           List<OrderItem> items, Money itemsTotal, Money deliveryCharge, Money total,
                           DeliveryOption deliveryOption, Optional<Tracking> tracking, LocalDate estimatedDelivery,
                           boolean delayed, LocalDate treatedAsLostFrom, Optional<Instant> deliveredAt,
                           DeliveryAddress deliveryAddress, Optional<Money> cancellationFee,
                           List<StatusChange> timeline, List<RefundDetails> refunds) {

    public OrderDetails {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
        items = List.copyOf(items);
        Objects.requireNonNull(itemsTotal, "itemsTotal");
        Objects.requireNonNull(deliveryCharge, "deliveryCharge");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(deliveryOption, "deliveryOption");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(estimatedDelivery, "estimatedDelivery");
        Objects.requireNonNull(treatedAsLostFrom, "treatedAsLostFrom");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        Objects.requireNonNull(cancellationFee, "cancellationFee");
        timeline = List.copyOf(timeline);
        refunds = List.copyOf(refunds);
    }

    public boolean isCancellable() {
        return cancellationFee.isPresent();
    }

    public boolean isAddressChangeable() {
        return status.isBeforeShipment();
    }

    /** The most recent refund, if any: the one a "where is my refund" question is about. */
    public Optional<RefundDetails> latestRefund() {
        return refunds.isEmpty() ? Optional.empty() : Optional.of(refunds.getLast());
    }
}
