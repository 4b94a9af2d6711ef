package org.shopchat.bot.orders.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderDetails;
import org.shopchat.bot.orders.OrderItem;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.RefundReason;
import org.shopchat.bot.orders.RefundStatus;
import org.shopchat.bot.orders.Tracking;
import org.shopchat.bot.orders.UkPostcode;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's order with its lines, status timeline and refunds. Status moves only through {@link #moveTo}.
 * Collections load in batches, so listing a customer's orders costs a few queries, not a few per order.
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_number", nullable = false, unique = true, length = 9)
    private String orderNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OrderStatus status;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "items_total_pence", nullable = false)
    private long itemsTotalPence;

    @Column(name = "delivery_pence", nullable = false)
    private long deliveryPence;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_option", nullable = false, length = 24)
    private DeliveryOption deliveryOption;

    @Column(length = 40)
    private String carrier;

    @Column(name = "tracking_number", length = 40)
    private String trackingNumber;

    @Column(name = "tracking_url", length = 400)
    private String trackingUrl;

    @Column(name = "estimated_delivery", nullable = false)
    private LocalDate estimatedDelivery;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "recipient_name", nullable = false, length = 120)
    private String recipientName;

    @Column(name = "address_line1", nullable = false, length = 120)
    private String addressLine1;

    @Column(name = "address_line2", length = 120)
    private String addressLine2;

    @Column(nullable = false, length = 80)
    private String town;

    @Column(nullable = false, length = 8)
    private String postcode;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("lineNo")
    @BatchSize(size = 64)
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("changedAt, id")
    @BatchSize(size = 64)
    private List<TimelineEntry> timeline = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("requestedAt, id")
    @BatchSize(size = 64)
    private List<Refund> refunds = new ArrayList<>();

    @Version
    private long version;

    protected CustomerOrder() {
    }

    /** A new order, {@link OrderStatus#PLACED} at {@code placedAt}. */
    public CustomerOrder(String orderNumber, Customer customer, List<OrderItem> items, DeliveryOption deliveryOption,
                         Money deliveryCharge, DeliveryAddress address, LocalDate estimatedDelivery, Instant placedAt) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("order " + orderNumber + " has no items");
        }
        this.orderNumber = orderNumber;
        this.customer = customer;
        this.status = OrderStatus.PLACED;
        this.placedAt = placedAt;
        this.currency = Money.CURRENCY.getCurrencyCode();
        for (OrderItem item : items) {
            lines.add(new OrderLine(lines.size() + 1, item));
        }
        this.itemsTotalPence = items.stream().map(OrderItem::lineTotal).reduce(Money.ZERO, Money::plus).pence();
        this.deliveryPence = deliveryCharge.pence();
        this.deliveryOption = deliveryOption;
        this.estimatedDelivery = estimatedDelivery;
        setAddress(address);
        timeline.add(new TimelineEntry(OrderStatus.PLACED, placedAt));
    }

    /**
     * Moves the order on and records the move in its timeline. Shipping assigns the carrier's tracking, delivery
     * the delivery time.
     *
     * @throws IllegalStateException when the status can't make that move
     */
    public void moveTo(OrderStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("order " + orderNumber + " cannot move from " + status + " to " + next);
        }
        status = next;
        timeline.add(new TimelineEntry(next, at));
        if (next == OrderStatus.SHIPPED && trackingNumber == null) {
            Tracking tracking = CarrierTracking.forOrder(deliveryOption, orderNumber);
            carrier = tracking.carrier();
            trackingNumber = tracking.trackingNumber();
            trackingUrl = tracking.trackingUrl().toString();
        }
        if (next == OrderStatus.DELIVERED) {
            deliveredAt = at;
        }
    }

    /** Cancels the order and refunds its total minus the fee at once, as the policy says. */
    void cancel(Money fee, Instant at) {
        moveTo(OrderStatus.CANCELLED, at);
        Money refundAmount = total().minusAtMostAll(fee);
        if (!refundAmount.isZero()) {
            refunds.add(new Refund(RefundStatus.PAID, RefundReason.CANCELLATION, refundAmount, at, at));
        }
    }

    public void addRefund(RefundStatus refundStatus, RefundReason reason, Money amount, Instant requestedAt,
                          Instant updatedAt) {
        refunds.add(new Refund(refundStatus, reason, amount, requestedAt, updatedAt));
    }

    void changeAddress(DeliveryAddress address) {
        if (!status.isBeforeShipment()) {
            throw new IllegalStateException("order " + orderNumber + " is " + status + ", its address is fixed");
        }
        setAddress(address);
    }

    public OrderDetails toDetails(LocalDate today, Optional<Money> cancellationFee) {
        boolean delayed = status.isInTransit() && today.isAfter(estimatedDelivery);
        Optional<Tracking> tracking = trackingNumber == null ? Optional.empty()
                : Optional.of(new Tracking(carrier, trackingNumber, URI.create(trackingUrl)));
        return new OrderDetails(orderNumber, new CustomerId(customer.getId()), status, placedAt,
                lines.stream().map(OrderLine::toItem).toList(), Money.ofPence(itemsTotalPence),
                Money.ofPence(deliveryPence), total(), deliveryOption, tracking, estimatedDelivery, delayed,
                ShopCalendar.plusWorkingDays(estimatedDelivery, ShopCalendar.WORKING_DAYS_UNTIL_LOST),
                Optional.ofNullable(deliveredAt), address(), cancellationFee,
                timeline.stream().map(TimelineEntry::toStatusChange).toList(),
                refunds.stream().map(r -> r.toDetails(orderNumber)).toList());
    }

    public DeliveryAddress address() {
        return new DeliveryAddress(recipientName, addressLine1, addressLine2, town, new UkPostcode(postcode));
    }

    Money total() {
        return Money.ofPence(itemsTotalPence + deliveryPence);
    }

    boolean hasPersonalisedItems() {
        return lines.stream().anyMatch(OrderLine::isPersonalised);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    private void setAddress(DeliveryAddress address) {
        this.recipientName = address.recipientName();
        this.addressLine1 = address.line1();
        this.addressLine2 = address.line2();
        this.town = address.town();
        this.postcode = address.postcode().value();
    }
}
