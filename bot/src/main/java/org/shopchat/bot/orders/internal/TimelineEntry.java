package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.StatusChange;

import java.time.Instant;

/** A status an order reached, and when: one entry of the timeline card. */
@Entity
@Table(name = "order_status_change")
class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TimelineEntry() {
    }

    TimelineEntry(OrderStatus status, Instant changedAt) {
        this.status = status;
        this.changedAt = changedAt;
    }

    StatusChange toStatusChange() {
        return new StatusChange(status, changedAt);
    }
}
