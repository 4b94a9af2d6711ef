package org.shopchat.bot.orders.internal;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.orders.CustomerTier;
import org.shopchat.bot.orders.OrderDetails;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.OrdersTestConfiguration;
import org.shopchat.bot.orders.RefundDetails;
import org.shopchat.bot.orders.RefundStatus;
import org.shopchat.bot.orders.StatusChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data set: big and varied enough for testers, consistent with the shop's rules, loaded once. */
@DataJpaTest(showSql = false)
@Import(OrdersTestConfiguration.class)
class DemoDataTests {

    private static final Instant NOW = OrdersTestConfiguration.NOW;

    @Autowired
    DemoDataLoader loader;

    @Autowired
    CustomerRepository customers;

    @Autowired
    CustomerOrderRepository orderRepository;

    @Autowired
    OrderLookup orders;

    @Test
    void hasAtLeastFiftyCustomersSomeOfThemVip() {
        assertThat(customers.count()).isGreaterThanOrEqualTo(50);
        assertThat(customers.findAll()).extracting(c -> c.toProfile().tier())
                .contains(CustomerTier.VIP, CustomerTier.STANDARD);
    }

    @Test
    void hasAtLeastTwoHundredOrdersInEveryStatus() {
        assertThat(orderRepository.count()).isGreaterThanOrEqualTo(200);
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(orderRepository.countByStatus(status)).as("orders %s", status).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void someOrdersInTransitAreDelayedAndOthersAreOnTime() {
        List<OrderDetails> inTransit = allOrders().stream().filter(o -> o.status().isInTransit()).toList();

        assertThat(inTransit).filteredOn(OrderDetails::delayed).hasSizeGreaterThanOrEqualTo(5);
        assertThat(inTransit).filteredOn(o -> !o.delayed()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(allOrders()).filteredOn(o -> !o.status().isInTransit()).noneMatch(OrderDetails::delayed);
    }

    @Test
    void hasRefundsInEveryStatusAndEveryReturnedOrderIsRefunded() {
        Set<RefundStatus> refundStatuses = allOrders().stream().flatMap(o -> o.refunds().stream())
                .map(RefundDetails::status).collect(Collectors.toSet());

        assertThat(refundStatuses).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RefundStatus.class));
        assertThat(allOrders()).filteredOn(o -> o.status() == OrderStatus.RETURNED)
                .allSatisfy(o -> assertThat(o.latestRefund()).map(RefundDetails::status).contains(RefundStatus.PAID));
    }

    @Test
    void everyTimelineStartsPlacedMovesByTheRulesAndLiesInThePast() {
        assertThat(allOrders()).allSatisfy(order -> {
            List<StatusChange> timeline = order.timeline();
            assertThat(timeline.getFirst().status()).isEqualTo(OrderStatus.PLACED);
            assertThat(timeline.getFirst().at()).isEqualTo(order.placedAt());
            assertThat(timeline.getLast().status()).isEqualTo(order.status());
            for (int i = 1; i < timeline.size(); i++) {
                assertThat(timeline.get(i - 1).status().canMoveTo(timeline.get(i).status()))
                        .as("%s: %s", order.orderNumber(), timeline).isTrue();
                assertThat(timeline.get(i).at()).as("%s: %s", order.orderNumber(), timeline)
                        .isAfter(timeline.get(i - 1).at());
            }
            assertThat(timeline.getLast().at()).isBeforeOrEqualTo(NOW);
            assertThat(order.refunds()).allSatisfy(refund -> {
                assertThat(refund.requestedAt()).isBeforeOrEqualTo(refund.updatedAt());
                assertThat(refund.updatedAt()).isBeforeOrEqualTo(NOW);
                assertThat(refund.amount()).isLessThanOrEqualTo(order.total());
            });
        });
    }

    @Test
    void shippedOrdersHaveTrackingAndUnshippedOnesDoNot() {
        assertThat(allOrders()).allSatisfy(order -> {
            boolean everShipped = order.timeline().stream().anyMatch(c -> c.status() == OrderStatus.SHIPPED);
            assertThat(order.tracking().isPresent()).as(order.orderNumber()).isEqualTo(everShipped);
        });
    }

    @Test
    void loadingAgainAddsNothing() {
        long customersBefore = customers.count();
        long ordersBefore = orderRepository.count();

        assertThat(loader.load()).isFalse();

        assertThat(customers.count()).isEqualTo(customersBefore);
        assertThat(orderRepository.count()).isEqualTo(ordersBefore);
    }

    @Test
    void theSameMomentAndSeedMakeTheSameDataSet() {
        RandomDemoOrders first = new RandomDemoOrders(NOW, 10, 30);
        RandomDemoOrders second = new RandomDemoOrders(NOW, 10, 30);

        assertThat(second.orders()).extracting(CustomerOrder::getOrderNumber)
                .containsExactlyElementsOf(first.orders().stream().map(CustomerOrder::getOrderNumber).toList());
        assertThat(second.customers()).extracting(Customer::getEmail)
                .containsExactlyElementsOf(first.customers().stream().map(Customer::getEmail).toList());
    }

    @Test
    void theWellKnownOrdersAreAsDocumented() {
        assertThat(status("NW-100001")).isEqualTo(OrderStatus.SHIPPED);
        assertThat(orders.findByNumber("NW-100002").orElseThrow().delayed()).isTrue();
        assertThat(status("NW-100003")).isEqualTo(OrderStatus.DELIVERED);
        assertThat(status("NW-100004")).isEqualTo(OrderStatus.PLACED);
        assertThat(status("NW-100005")).isEqualTo(OrderStatus.PACKING);
        assertThat(status("NW-100006")).isEqualTo(OrderStatus.RETURNED);
        assertThat(status("NW-100007")).isEqualTo(OrderStatus.OUT_FOR_DELIVERY);
        assertThat(status("NW-100012")).isEqualTo(OrderStatus.CANCELLED);
        assertThat(status("NW-100020")).isEqualTo(OrderStatus.SHIPPED);
        assertThat(status("NW-100021")).isEqualTo(OrderStatus.PLACED);
        assertThat(customers.findById("C-100001")).map(Customer::getEmail).contains("alice@example.com");
        assertThat(customers.findById("C-100001")).map(Customer::getPostcode).contains("SW1A 1AA");
        assertThat(customers.findById("C-100002")).map(c -> c.toProfile().tier()).contains(CustomerTier.VIP);
    }

    @Test
    void theDemoOrdersTableInTheShopDocumentationMatchesTheData() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("demo-shop.md");
        String section = Files.readString(doc).split("## Demo orders", 2)[1];
        Matcher row = Pattern.compile("(?m)^\\| (NW-\\d{6}) \\|[^|]*\\| `([a-z_]+)`([^\\n]*)$").matcher(section);
        int rows = 0;
        while (row.find()) {
            rows++;
            OrderDetails order = orders.findByNumber(row.group(1)).orElseThrow();
            assertThat(order.status().name().toLowerCase(Locale.ROOT)).as(row.group(1)).isEqualTo(row.group(2));
            assertThat(order.delayed()).as(row.group(1) + " delayed").isEqualTo(row.group(3).contains("delayed"));
            Matcher refund = Pattern.compile("refund `([a-z]+)`").matcher(row.group(3));
            if (refund.find()) {
                assertThat(order.latestRefund()).as(row.group(1) + " refund")
                        .map(r -> r.status().name().toLowerCase(Locale.ROOT)).contains(refund.group(1));
            }
        }
        assertThat(rows).isEqualTo(14);
    }

    private OrderStatus status(String orderNumber) {
        return orders.findByNumber(orderNumber).orElseThrow().status();
    }

    private List<OrderDetails> allOrders() {
        return orderRepository.findAll().stream()
                .map(o -> o.toDetails(OrdersTestConfiguration.TODAY, Optional.empty())).toList();
    }
}
