package org.shopchat.bot.orders;

import org.shopchat.bot.orders.internal.CustomerOrder;
import org.shopchat.bot.orders.internal.CustomerOrderRepository;
import org.shopchat.bot.orders.internal.OrderNumberText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves demo orders along (warehouse and carrier updates), for the console's admin action and for tests. Every
 * move publishes {@link OrderStatusChanged}. A real shop publishes that event from its own order system instead.
 */
@Service
public class OrderAdmin {

    private static final Logger log = LoggerFactory.getLogger(OrderAdmin.class);

    private final CustomerOrderRepository orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrderAdmin(CustomerOrderRepository orders, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the order to {@code newStatus} if it can make that move ({@link OrderStatus#canMoveTo}). Cancelling is
     * not a move made here: it goes through {@link OrderLookup#cancel}, which charges the fee and refunds the rest.
     */
    @Transactional
    public AdvanceResult advance(String orderNumber, OrderStatus newStatus) {
        Optional<CustomerOrder> found = OrderNumberText.canonical(orderNumber).flatMap(orders::lockByOrderNumber);
        if (found.isEmpty()) {
            return new AdvanceResult.UnknownOrder(orderNumber);
        }
        CustomerOrder order = found.get();
        OrderStatus before = order.getStatus();
        if (newStatus == OrderStatus.CANCELLED || !before.canMoveTo(newStatus)) {
            return new AdvanceResult.NotAllowed(order.getOrderNumber(), before, newStatus);
        }
        Instant now = clock.instant();
        order.moveTo(newStatus, now);
        events.publishEvent(new OrderStatusChanged(order.getOrderNumber(), before, newStatus, now));
        log.info("Order {} moved from {} to {}", order.getOrderNumber(), before, newStatus);
        return new AdvanceResult.Advanced(order.getOrderNumber(), before, newStatus);
    }
}
