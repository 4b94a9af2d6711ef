package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.ContactChannel;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.CustomerTier;
import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderItem;
import org.shopchat.bot.orders.RefundReason;
import org.shopchat.bot.orders.RefundStatus;
import org.shopchat.bot.orders.StatusChange;
import org.shopchat.bot.orders.UkPostcode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.shopchat.bot.orders.OrderStatus.CANCELLED;
import static org.shopchat.bot.orders.OrderStatus.DELIVERED;
import static org.shopchat.bot.orders.OrderStatus.OUT_FOR_DELIVERY;
import static org.shopchat.bot.orders.OrderStatus.PACKING;
import static org.shopchat.bot.orders.OrderStatus.RETURNED;
import static org.shopchat.bot.orders.OrderStatus.SHIPPED;

/**
 * The demo orders documented in docs/demo-shop.md ("Demo orders"), one for each situation a tester wants to try.
 * Keep the two in step: the documentation is what testers and the README rely on.
 */
final class WellKnownDemoOrders {

    static final CustomerProfile ALICE = new CustomerProfile(new CustomerId("C-100001"), "Alice Carter", "Alice",
            "alice@example.com", new UkPostcode("SW1A 1AA"), "07700 900123", CustomerTier.STANDARD,
            ContactChannel.EMAIL);
    static final CustomerProfile BOB = new CustomerProfile(new CustomerId("C-100002"), "Robert Okafor", "Bob",
            "bob@example.com", new UkPostcode("M1 1AE"), "07700 900456", CustomerTier.VIP, ContactChannel.PHONE);

    private static final DeliveryAddress ALICE_HOME = new DeliveryAddress("Alice Carter", "14 Acacia Avenue",
            "Flat 2", "London", new UkPostcode("SW1A 1AA"));
    private static final DeliveryAddress BOB_HOME = new DeliveryAddress("Robert Okafor", "7 Granby Terrace", null,
            "Manchester", new UkPostcode("M1 1AE"));

    private WellKnownDemoOrders() {
    }

    static List<Customer> customers(Instant now) {
        return List.of(new Customer(ALICE, now), new Customer(BOB, now));
    }

    static List<CustomerOrder> orders(Customer alice, Customer bob, Instant now, LocalDate today) {
        List<CustomerOrder> orders = new ArrayList<>();
        // NW-100001: shipped two days ago, arriving on time.
        Instant shipped1 = now.minus(Duration.ofHours(40));
        orders.add(order("NW-100001", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(shipped1.minus(Duration.ofHours(22)), ShopCalendar.plusWorkingDays(today, 2),
                        List.of(move(PACKING, shipped1.minus(Duration.ofHours(21))), move(SHIPPED, shipped1))),
                item("Merino wool jumper, navy", 4900), item("Cotton socks, 3-pack", 950)));
        // NW-100002: shipped, promised three days ago: delayed.
        Instant shipped2 = now.minus(Duration.ofDays(9));
        orders.add(order("NW-100002", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(shipped2.minus(Duration.ofHours(20)), today.minusDays(3),
                        List.of(move(PACKING, shipped2.minus(Duration.ofHours(19))), move(SHIPPED, shipped2))),
                item("Linen duvet cover, double", 6500)));
        // NW-100003: delivered four days ago.
        Instant delivered3 = now.minus(Duration.ofDays(4));
        orders.add(order("NW-100003", alice, ALICE_HOME, DeliveryOption.EXPRESS,
                deliveredPlan(delivered3, Duration.ofDays(1)), item("Leather ankle boots", 8900)));
        // NW-100004: placed twenty minutes ago, free to cancel.
        orders.add(order("NW-100004", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(now.minus(Duration.ofMinutes(20)), ShopCalendar.plusWorkingDays(today, 5), List.of()),
                item("Enamel kettle, cream", 3400)));
        // NW-100005: being packed, cancelling costs the £2.95 fee.
        Instant placed5 = now.minus(Duration.ofHours(3));
        orders.add(order("NW-100005", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(placed5, ShopCalendar.plusWorkingDays(today, 4),
                        List.of(move(PACKING, placed5.plus(Duration.ofMinutes(40))))),
                item("Bath towel set, 4 pieces", 2800), item("Tea towels, 3-pack", 1200)));
        // NW-100006: returned, refund paid.
        Instant delivered6 = now.minus(Duration.ofDays(20));
        CustomerOrder returned = order("NW-100006", alice, ALICE_HOME, DeliveryOption.STANDARD,
                deliveredPlan(delivered6, Duration.ofDays(3)).then(move(RETURNED, now.minus(Duration.ofDays(2)))),
                item("Wrap dress, forest green", 5500));
        returned.addRefund(RefundStatus.PAID, RefundReason.RETURN, Money.ofPence(5500),
                now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(2)));
        orders.add(returned);
        // NW-100007: out for delivery with the DPD driver today.
        Instant out7 = now.minus(Duration.ofHours(2));
        orders.add(order("NW-100007", alice, ALICE_HOME, DeliveryOption.EXPRESS,
                new DemoOrderPlan(out7.minus(Duration.ofHours(30)), today,
                        List.of(move(PACKING, out7.minus(Duration.ofHours(29))),
                                move(SHIPPED, out7.minus(Duration.ofHours(20))), move(OUT_FOR_DELIVERY, out7))),
                item("Two-slice toaster, sage", 4500)));
        // NW-100008, -09, -10: delivered, with a refund approved, rejected, requested.
        orders.add(withRefund(order("NW-100008", alice, ALICE_HOME, DeliveryOption.STANDARD,
                deliveredPlan(now.minus(Duration.ofDays(12)), Duration.ofDays(3)),
                item("Quilted jacket, black", 7900)), RefundStatus.APPROVED, RefundReason.RETURN, 7900, now, 6));
        orders.add(withRefund(order("NW-100009", alice, ALICE_HOME, DeliveryOption.STANDARD,
                deliveredPlan(now.minus(Duration.ofDays(25)), Duration.ofDays(3)),
                item("Feather pillow, pair", 3400)), RefundStatus.REJECTED, RefundReason.RETURN, 3400, now, 10));
        orders.add(withRefund(order("NW-100010", alice, ALICE_HOME, DeliveryOption.STANDARD,
                deliveredPlan(now.minus(Duration.ofDays(6)), Duration.ofDays(3)),
                item("Stoneware dinner set, 12 pieces", 6900)), RefundStatus.REQUESTED,
                RefundReason.DAMAGED_OR_FAULTY, 6900, now, 2));
        // NW-100011: being packed with a personalised item: no longer cancellable.
        Instant placed11 = now.minus(Duration.ofHours(5));
        orders.add(order("NW-100011", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(placed11, ShopCalendar.plusWorkingDays(today, 4),
                        List.of(move(PACKING, placed11.plus(Duration.ofMinutes(50))))),
                new OrderItem("Monogrammed bath towels, pair", 1, Money.ofPence(3600), true)));
        // NW-100012: cancelled last week while placed, refunded in full.
        Instant placed12 = now.minus(Duration.ofDays(7));
        orders.add(order("NW-100012", alice, ALICE_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(placed12, ShopCalendar.plusWorkingDays(today.minusDays(7), 5),
                        List.of(move(CANCELLED, placed12.plus(Duration.ofMinutes(25))))),
                item("Scented candle, fig", 1600)));
        // Bob (VIP): one shipped, one placed. Someone else's orders, as far as Alice is concerned.
        Instant shipped20 = now.minus(Duration.ofHours(26));
        orders.add(order("NW-100020", bob, BOB_HOME, DeliveryOption.EXPRESS,
                new DemoOrderPlan(shipped20.minus(Duration.ofHours(6)), ShopCalendar.plusWorkingDays(today, 1),
                        List.of(move(PACKING, shipped20.minus(Duration.ofHours(5))), move(SHIPPED, shipped20))),
                item("Wool-blend coat, camel", 12900)));
        orders.add(order("NW-100021", bob, BOB_HOME, DeliveryOption.STANDARD,
                new DemoOrderPlan(now.minus(Duration.ofMinutes(45)), ShopCalendar.plusWorkingDays(today, 5), List.of()),
                item("Running shoes, charcoal", 7500)));
        return orders;
    }

    private static DemoOrderPlan deliveredPlan(Instant deliveredAt, Duration inTransit) {
        Instant shipped = deliveredAt.minus(inTransit);
        LocalDate eta = LocalDate.ofInstant(deliveredAt, ShopCalendar.SHOP_ZONE);
        return new DemoOrderPlan(shipped.minus(Duration.ofHours(20)), eta, List.of(
                move(PACKING, shipped.minus(Duration.ofHours(19))), move(SHIPPED, shipped),
                move(OUT_FOR_DELIVERY, deliveredAt.minus(Duration.ofHours(4))), move(DELIVERED, deliveredAt)));
    }

    private static CustomerOrder withRefund(CustomerOrder order, RefundStatus status, RefundReason reason,
                                            long pence, Instant now, int daysSinceRequest) {
        Instant requested = now.minus(Duration.ofDays(daysSinceRequest));
        Instant updated = status == RefundStatus.REQUESTED ? requested : now.minus(Duration.ofDays(1));
        order.addRefund(status, reason, Money.ofPence(pence), requested, updated);
        return order;
    }

    private static CustomerOrder order(String number, Customer customer, DeliveryAddress address,
                                       DeliveryOption option, DemoOrderPlan plan, OrderItem... items) {
        Money itemsTotal = List.of(items).stream().map(OrderItem::lineTotal).reduce(Money.ZERO, Money::plus);
        return plan.build(number, customer, address, List.of(items), option,
                DemoCatalogue.deliveryCharge(option, itemsTotal, false));
    }

    private static OrderItem item(String name, long pence) {
        return new OrderItem(name, 1, Money.ofPence(pence), false);
    }

    private static StatusChange move(org.shopchat.bot.orders.OrderStatus status, Instant at) {
        return new StatusChange(status, at);
    }
}
