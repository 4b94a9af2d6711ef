package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.AddressChangeResult;
import org.shopchat.bot.orders.CancelResult;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderDetails;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.orders.OrderOwnerContact;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.OrderStatusChanged;
import org.shopchat.bot.orders.RefundStatusResult;
import org.shopchat.bot.orders.UkPostcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The demo shop's orders, kept in the bot's own database. */
@Component
class JpaOrderLookup implements OrderLookup {

    private static final Logger log = LoggerFactory.getLogger(JpaOrderLookup.class);

    private final CustomerOrderRepository orders;
    private final CustomerRepository customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaOrderLookup(CustomerOrderRepository orders, CustomerRepository customers, ApplicationEventPublisher events,
                   Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetails> findByNumber(String orderNumber) {
        return OrderNumberText.canonical(orderNumber).flatMap(orders::findByOrderNumber).map(this::details);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderDetails> findByCustomer(CustomerId customer) {
        return orders.findByCustomerNewestFirst(customer.value()).stream().map(this::details).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerProfile> findCustomer(CustomerId customer) {
        return customers.findById(customer.value()).map(Customer::toProfile);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOwnOrder(CustomerId customer, String orderNumber) {
        return OrderNumberText.canonical(orderNumber)
                .map(number -> orders.existsByOrderNumberAndCustomerId(number, customer.value()))
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderOwnerContact> findOwnerContact(String orderNumber) {
        return OrderNumberText.canonical(orderNumber).flatMap(orders::findOwnerContact)
                .map(row -> new OrderOwnerContact(row.email(),
                        Stream.of(row.customerPostcode(), row.deliveryPostcode())
                                .map(UkPostcode::new).collect(Collectors.toSet())));
    }

    @Override
    @Transactional
    public CancelResult cancel(String orderNumber) {
        Optional<CustomerOrder> found = OrderNumberText.canonical(orderNumber).flatMap(orders::lockByOrderNumber);
        if (found.isEmpty()) {
            return new CancelResult.UnknownOrder(orderNumber);
        }
        CustomerOrder order = found.get();
        Optional<Money> fee = CancellationPolicy.feeFor(order);
        if (fee.isEmpty()) {
            return new CancelResult.NotCancellable(order.getOrderNumber(), order.getStatus(),
                    CancellationPolicy.blockedOnlyByPersonalisedItems(order));
        }
        OrderStatus before = order.getStatus();
        Instant now = clock.instant();
        order.cancel(fee.get(), now);
        events.publishEvent(new OrderStatusChanged(order.getOrderNumber(), before, OrderStatus.CANCELLED, now));
        log.info("Order {} cancelled from {} with a fee of {} pence", order.getOrderNumber(), before,
                fee.get().pence());
        return new CancelResult.Cancelled(order.getOrderNumber(), fee.get(), order.total().minusAtMostAll(fee.get()));
    }

    @Override
    @Transactional
    public AddressChangeResult changeDeliveryAddress(String orderNumber, DeliveryAddress newAddress) {
        Objects.requireNonNull(newAddress, "newAddress");
        Optional<CustomerOrder> found = OrderNumberText.canonical(orderNumber).flatMap(orders::lockByOrderNumber);
        if (found.isEmpty()) {
            return new AddressChangeResult.UnknownOrder(orderNumber);
        }
        CustomerOrder order = found.get();
        if (!order.getStatus().isBeforeShipment()) {
            return new AddressChangeResult.NotChangeable(order.getOrderNumber(), order.getStatus());
        }
        order.changeAddress(newAddress);
        log.info("Order {} delivery address changed", order.getOrderNumber());
        return new AddressChangeResult.Changed(order.getOrderNumber(), newAddress);
    }

    @Override
    @Transactional(readOnly = true)
    public RefundStatusResult refundStatus(String orderNumber) {
        Optional<OrderDetails> found = findByNumber(orderNumber);
        if (found.isEmpty()) {
            return new RefundStatusResult.UnknownOrder(orderNumber);
        }
        OrderDetails order = found.get();
        return order.latestRefund()
                .<RefundStatusResult>map(refund -> new RefundStatusResult.Found(order.orderNumber(), refund))
                .orElseGet(() -> new RefundStatusResult.NoRefund(order.orderNumber()));
    }

    private OrderDetails details(CustomerOrder order) {
        return order.toDetails(ShopCalendar.today(clock), CancellationPolicy.feeFor(order));
    }
}
