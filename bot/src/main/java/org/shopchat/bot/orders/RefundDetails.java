package org.shopchat.bot.orders;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A refund on an order. {@code paidAt} is present once it was sent to the payment provider. */
public record RefundDetails(String orderNumber, RefundStatus status, RefundReason reason, Money amount,
                            Instant requestedAt, Instant updatedAt, Optional<Instant> paidAt) {

    public RefundDetails {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
