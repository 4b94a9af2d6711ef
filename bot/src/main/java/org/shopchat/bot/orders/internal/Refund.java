package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.RefundDetails;
import org.shopchat.bot.orders.RefundReason;
import org.shopchat.bot.orders.RefundStatus;

import java.time.Instant;
import java.util.Optional;

/** Money going back to a customer for (part of) an order. */
@Entity
@Table(name = "refund")
class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RefundStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RefundReason reason;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected Refund() {
    }

    Refund(RefundStatus status, RefundReason reason, Money amount, Instant requestedAt, Instant updatedAt) {
        this.status = status;
        this.reason = reason;
        this.amountPence = amount.pence();
        this.currency = Money.CURRENCY.getCurrencyCode();
        this.requestedAt = requestedAt;
        this.updatedAt = updatedAt;
        this.paidAt = status == RefundStatus.PAID ? updatedAt : null;
    }

    RefundDetails toDetails(String orderNumber) {
        return new RefundDetails(orderNumber, status, reason, Money.ofPence(amountPence), requestedAt, updatedAt,
                Optional.ofNullable(paidAt));
    }
}
