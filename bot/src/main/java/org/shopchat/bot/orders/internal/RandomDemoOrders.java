package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.ContactChannel;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerProfile;
import org.shopchat.bot.orders.CustomerTier;
import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Money;
import org.shopchat.bot.orders.OrderItem;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.RefundReason;
import org.shopchat.bot.orders.RefundStatus;
import org.shopchat.bot.orders.StatusChange;
import org.shopchat.bot.orders.UkPostcode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.shopchat.bot.orders.OrderStatus.CANCELLED;
import static org.shopchat.bot.orders.OrderStatus.DELIVERED;
import static org.shopchat.bot.orders.OrderStatus.OUT_FOR_DELIVERY;
import static org.shopchat.bot.orders.OrderStatus.PACKING;
import static org.shopchat.bot.orders.OrderStatus.RETURNED;
import static org.shopchat.bot.orders.OrderStatus.SHIPPED;

/**
 * The bulk of the demo data: customers and their orders drawn from a fixed seed, so every start-up at the same
 * moment makes the same data set, with all dates relative to that moment (orders placed minutes ago are placed,
 * orders from last month are delivered or returned). Numbers start at NW-200000, clear of the well-known orders.
 */
final class RandomDemoOrders {

    static final long SEED = 20_260_415L;

    // Shares of the statuses: most orders are delivered, as in a real shop; each status appears at least once.
    private static final List<OrderStatus> STATUS_DRAW = List.of(
            OrderStatus.PLACED, PACKING, SHIPPED, SHIPPED, SHIPPED, OUT_FOR_DELIVERY, DELIVERED, DELIVERED, DELIVERED,
            DELIVERED, DELIVERED, DELIVERED, CANCELLED, RETURNED, RETURNED);
    private static final Map<String, String> NICKNAMES = Map.of("Daniel", "Dan", "Oliver", "Ollie",
            "Mohammed", "Mo", "Nathan", "Nate", "Megan", "Meg", "Katie", "Kat", "Callum", "Cal", "Freya", "Frey");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Random random = new Random(SEED);
    private final Instant now;
    private final LocalDate today;
    private final List<DemoCustomer> customers = new ArrayList<>();
    private final List<CustomerOrder> orders = new ArrayList<>();
    private int refundsMade;

    private record DemoCustomer(Customer customer, DeliveryAddress home, boolean remote) {
    }

    RandomDemoOrders(Instant now, int customerCount, int orderCount) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ShopCalendar.SHOP_ZONE);
        Set<String> emails = new HashSet<>();
        for (int i = 0; i < customerCount; i++) {
            customers.add(customer(i, emails));
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < orderCount; i++) {
            String number;
            do {
                number = "NW-" + (200_000 + random.nextInt(800_000));
            } while (!numbers.add(number));
            OrderStatus status = i < OrderStatus.values().length ? OrderStatus.values()[i]
                    : STATUS_DRAW.get(random.nextInt(STATUS_DRAW.size()));
            orders.add(order(number, customers.get(random.nextInt(customers.size())), status));
        }
    }

    List<Customer> customers() {
        return customers.stream().map(DemoCustomer::customer).toList();
    }

    List<CustomerOrder> orders() {
        return orders;
    }

    private DemoCustomer customer(int index, Set<String> emails) {
        String first = pick(DemoCatalogue.FIRST_NAMES);
        String last = pick(DemoCatalogue.LAST_NAMES);
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "");
        String email = local + "@" + pick(DemoCatalogue.MAIL_DOMAINS);
        for (int n = 2; !emails.add(email); n++) {
            email = local + n + "@" + pick(DemoCatalogue.MAIL_DOMAINS);
        }
        DemoCatalogue.Place place = pick(DemoCatalogue.PLACES);
        UkPostcode postcode = new UkPostcode(place.outwardCode() + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length())));
        String preferred = NICKNAMES.containsKey(first) && random.nextBoolean() ? NICKNAMES.get(first) : null;
        CustomerTier tier = random.nextInt(100) < 15 ? CustomerTier.VIP : CustomerTier.STANDARD;
        ContactChannel channel = ContactChannel.values()[random.nextInt(ContactChannel.values().length)];
        String phone = String.format("07700 900%03d", random.nextInt(1000));
        CustomerProfile profile = new CustomerProfile(new CustomerId("C-" + (100_101 + index)), first + " " + last,
                preferred, email, postcode, phone, tier, channel);
        String line2 = random.nextInt(5) == 0 ? "Flat " + (1 + random.nextInt(12)) : null;
        DeliveryAddress home = new DeliveryAddress(first + " " + last,
                (1 + random.nextInt(180)) + " " + pick(DemoCatalogue.STREETS), line2, place.town(), postcode);
        Instant joined = now.minus(Duration.ofDays(60 + random.nextInt(900)));
        return new DemoCustomer(new Customer(profile, joined), home, place.remote());
    }

    private CustomerOrder order(String number, DemoCustomer customer, OrderStatus status) {
        List<OrderItem> items = new ArrayList<>();
        int lines = 1 + random.nextInt(3);
        Set<String> chosen = new HashSet<>();
        while (items.size() < lines) {
            DemoCatalogue.Product product = pick(DemoCatalogue.PRODUCTS);
            if (chosen.add(product.name())) {
                int quantity = product.pricePence() < 2000 && random.nextInt(3) == 0 ? 2 : 1;
                items.add(new OrderItem(product.name(), quantity, Money.ofPence(product.pricePence()),
                        product.personalised()));
            }
        }
        Money itemsTotal = items.stream().map(OrderItem::lineTotal).reduce(Money.ZERO, Money::plus);
        DeliveryOption option = customer.remote() ? DeliveryOption.STANDARD
                : DeliveryOption.values()[weighted(60, 20, 10, 10)];
        int transit = DemoCatalogue.transitWorkingDays(option, customer.remote());
        CustomerOrder order = plan(status, transit, items).build(number, customer.customer(), customer.home(), items,
                option, DemoCatalogue.deliveryCharge(option, itemsTotal, customer.remote()));
        addRefunds(order, status, itemsTotal, items);
        return order;
    }

    private DemoOrderPlan plan(OrderStatus status, int transit, List<OrderItem> items) {
        return switch (status) {
            case PLACED -> new DemoOrderPlan(minutesAgo(5, 600), ShopCalendar.plusWorkingDays(today, transit + 1),
                    List.of());
            case PACKING -> {
                Instant packing = minutesAgo(10, 600);
                yield new DemoOrderPlan(packing.minus(minutes(10, 60)),
                        ShopCalendar.plusWorkingDays(today, transit + 1), List.of(move(PACKING, packing)));
            }
            case SHIPPED -> shippedPlan(transit, random.nextInt(10) < 3);
            case OUT_FOR_DELIVERY -> {
                Instant out = minutesAgo(30, 300);
                Instant shipped = out.minus(Duration.ofDays(1 + random.nextInt(3))).minus(minutes(0, 300));
                LocalDate outDate = LocalDate.ofInstant(out, ShopCalendar.SHOP_ZONE);
                LocalDate eta = random.nextInt(5) == 0 ? outDate.minusDays(1 + random.nextInt(4)) : outDate;
                yield beforeShipping(shipped, eta, move(SHIPPED, shipped), move(OUT_FOR_DELIVERY, out));
            }
            case DELIVERED -> deliveredPlan(now.minus(Duration.ofDays(1 + random.nextInt(40))).minus(minutes(0, 600)));
            case CANCELLED -> cancelledPlan(transit, items);
            case RETURNED -> {
                Instant delivered = now.minus(Duration.ofDays(16 + random.nextInt(45)));
                yield deliveredPlan(delivered).then(move(RETURNED,
                        delivered.plus(Duration.ofDays(5 + random.nextInt(10)))));
            }
        };
    }

    private DemoOrderPlan shippedPlan(int transit, boolean delayed) {
        if (delayed) {
            LocalDate eta = today.minusDays(1 + random.nextInt(9));
            Instant shipped = eta.minusDays(transit + 1).atTime(15, random.nextInt(60))
                    .atZone(ShopCalendar.SHOP_ZONE).toInstant();
            return beforeShipping(shipped, eta, move(SHIPPED, shipped));
        }
        Instant shipped = now.minus(Duration.ofDays(random.nextInt(Math.max(1, transit - 1))))
                .minus(minutes(60, 600));
        LocalDate eta = ShopCalendar.plusWorkingDays(LocalDate.ofInstant(shipped, ShopCalendar.SHOP_ZONE), transit);
        return beforeShipping(shipped, eta, move(SHIPPED, shipped));
    }

    private DemoOrderPlan deliveredPlan(Instant delivered) {
        Instant out = delivered.minus(minutes(60, 480));
        Instant shipped = out.minus(Duration.ofDays(1 + random.nextInt(4)));
        LocalDate eta = LocalDate.ofInstant(delivered, ShopCalendar.SHOP_ZONE).plusDays(random.nextInt(3) - 1);
        return beforeShipping(shipped, eta, move(SHIPPED, shipped), move(OUT_FOR_DELIVERY, out),
                move(DELIVERED, delivered));
    }

    private DemoOrderPlan cancelledPlan(int transit, List<OrderItem> items) {
        Instant placed = now.minus(Duration.ofDays(1 + random.nextInt(30)));
        LocalDate eta = ShopCalendar.plusWorkingDays(LocalDate.ofInstant(placed, ShopCalendar.SHOP_ZONE), transit + 1);
        boolean personalised = items.stream().anyMatch(OrderItem::personalised);
        if (personalised || random.nextBoolean()) {
            return new DemoOrderPlan(placed, eta, List.of(move(CANCELLED, placed.plus(minutes(5, 50)))));
        }
        Instant packing = placed.plus(minutes(20, 60));
        return new DemoOrderPlan(placed, eta,
                List.of(move(PACKING, packing), move(CANCELLED, packing.plus(minutes(30, 300)))),
                CancellationPolicy.PACKING_FEE);
    }

    /** Placed, then packed some hours before {@code shipped}, then the given moves. */
    private DemoOrderPlan beforeShipping(Instant shipped, LocalDate eta, StatusChange... afterPacking) {
        Instant packing = shipped.minus(minutes(180, 1200));
        Instant placed = packing.minus(minutes(10, 60));
        List<StatusChange> moves = new ArrayList<>();
        moves.add(move(PACKING, packing));
        moves.addAll(List.of(afterPacking));
        return new DemoOrderPlan(placed, eta, moves);
    }

    /** Returned orders were refunded; about a third of delivered ones have a refund in some state. */
    private void addRefunds(CustomerOrder order, OrderStatus status, Money itemsTotal, List<OrderItem> items) {
        List<StatusChange> timeline = order.toDetails(today, java.util.Optional.empty()).timeline();
        Instant last = timeline.getLast().at();
        if (status == RETURNED) {
            Instant requested = last.minus(Duration.ofDays(2 + random.nextInt(3)));
            order.addRefund(RefundStatus.PAID, RefundReason.RETURN, itemsTotal, requested, last);
        } else if (status == DELIVERED && random.nextInt(3) == 0) {
            RefundStatus refundStatus = RefundStatus.values()[refundsMade++ % RefundStatus.values().length];
            Instant requested = earlierOf(last.plus(Duration.ofDays(1 + random.nextInt(5))), now.minus(minutes(60, 600)));
            Instant updated = refundStatus == RefundStatus.REQUESTED ? requested
                    : earlierOf(requested.plus(Duration.ofDays(1 + random.nextInt(4))), now.minus(minutes(5, 50)));
            RefundReason reason = random.nextInt(4) == 0 ? RefundReason.DAMAGED_OR_FAULTY : RefundReason.RETURN;
            order.addRefund(refundStatus, reason, items.getFirst().lineTotal(), requested,
                    updated.isBefore(requested) ? requested : updated);
        }
    }

    private Instant earlierOf(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant minutesAgo(int min, int max) {
        return now.minus(minutes(min, max));
    }

    private Duration minutes(int min, int max) {
        return Duration.ofMinutes(min + random.nextInt(max - min + 1));
    }

    private int weighted(int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable: the draw is below the total");
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static StatusChange move(OrderStatus status, Instant at) {
        return new StatusChange(status, at);
    }
}
