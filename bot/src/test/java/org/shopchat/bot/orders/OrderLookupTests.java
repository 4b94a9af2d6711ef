package org.shopchat.bot.orders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.shopchat.bot.orders.OrdersTestConfiguration.NOW;
import static org.shopchat.bot.orders.OrdersTestConfiguration.TODAY;

import java.time.LocalDate;

/** The JPA order lookup on the well-known demo orders of docs/demo-shop.md. */
@DataJpaTest(showSql = false)
@Import(OrdersTestConfiguration.class)
@RecordApplicationEvents
class OrderLookupTests {

    private static final CustomerId ALICE = new CustomerId("C-100001");
    private static final CustomerId BOB = new CustomerId("C-100002");

    @Autowired
    OrderLookup orders;

    @Autowired
    ApplicationEvents events;

    @Test
    void findsAnOrderHoweverTheCustomerTypedItsNumber() {
        assertThat(orders.findByNumber("NW-100001")).isPresent();
        assertThat(orders.findByNumber(" nw 100001 ")).map(OrderDetails::orderNumber).contains("NW-100001");
        assertThat(orders.findByNumber("nw100001")).map(OrderDetails::orderNumber).contains("NW-100001");
    }

    @Test
    void unknownAndMalformedOrderNumbersFindNothing() {
        assertThat(orders.findByNumber("NW-999999")).isEmpty();
        assertThat(orders.findByNumber("NW-1234")).isEmpty();
        assertThat(orders.findByNumber("'; drop table customer_order; --")).isEmpty();
        assertThat(orders.findByNumber(null)).isEmpty();
    }

    @Test
    void aShippedOrderHasItsCarrierTrackingTimelineAndAmounts() {
        OrderDetails order = orders.findByNumber("NW-100001").orElseThrow();

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.customerId()).isEqualTo(ALICE);
        assertThat(order.tracking()).hasValueSatisfying(tracking -> {
            assertThat(tracking.carrier()).isEqualTo("Royal Mail");
            assertThat(tracking.trackingNumber()).isNotBlank();
            assertThat(tracking.trackingUrl().toString()).startsWith("https://").endsWith(tracking.trackingNumber());
        });
        assertThat(order.timeline()).extracting(StatusChange::status)
                .containsExactly(OrderStatus.PLACED, OrderStatus.PACKING, OrderStatus.SHIPPED);
        assertThat(order.timeline()).extracting(StatusChange::at).isSorted().allMatch(at -> !at.isAfter(NOW));
        assertThat(order.items()).extracting(OrderItem::name)
                .containsExactly("Merino wool jumper, navy", "Cotton socks, 3-pack");
        assertThat(order.itemsTotal()).isEqualTo(Money.ofPence(5850));
        assertThat(order.deliveryCharge()).isEqualTo(Money.ZERO);
        assertThat(order.total().formatted()).isEqualTo("£58.50");
        assertThat(order.deliveryAddress().postcode().value()).isEqualTo("SW1A 1AA");
        assertThat(order.estimatedDelivery()).isAfter(TODAY);
        assertThat(order.delayed()).isFalse();
        assertThat(order.isCancellable()).isFalse();
        assertThat(order.isAddressChangeable()).isFalse();
    }

    @Test
    void anOrderInTransitPastItsEstimatedDeliveryIsDelayed() {
        OrderDetails late = orders.findByNumber("NW-100002").orElseThrow();

        assertThat(late.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(late.estimatedDelivery()).isBefore(TODAY);
        assertThat(late.delayed()).isTrue();
        // Policy: treated as lost 5 working days after the estimate (2026-04-12 is a Sunday -> Friday 17th).
        assertThat(late.estimatedDelivery()).isEqualTo(LocalDate.parse("2026-04-12"));
        assertThat(late.treatedAsLostFrom()).isEqualTo(LocalDate.parse("2026-04-17"));
    }

    @Test
    void aDeliveredOrderIsNeverDelayedEvenIfItArrivedLate() {
        OrderDetails delivered = orders.findByNumber("NW-100003").orElseThrow();

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.deliveredAt()).isPresent();
        assertThat(delivered.delayed()).isFalse();
    }

    @Test
    void cancellingAPlacedOrderIsFreeAndRefundsTheWholeTotal() {
        OrderDetails before = orders.findByNumber("NW-100004").orElseThrow();
        assertThat(before.cancellationFee()).contains(Money.ZERO);

        CancelResult result = orders.cancel("NW-100004");

        assertThat(result).isEqualTo(new CancelResult.Cancelled("NW-100004", Money.ZERO, before.total()));
        OrderDetails after = orders.findByNumber("NW-100004").orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(after.timeline().getLast()).isEqualTo(new StatusChange(OrderStatus.CANCELLED, NOW));
        assertThat(after.latestRefund()).hasValueSatisfying(refund -> {
            assertThat(refund.amount()).isEqualTo(before.total());
            assertThat(refund.reason()).isEqualTo(RefundReason.CANCELLATION);
            assertThat(refund.status()).isEqualTo(RefundStatus.PAID);
            assertThat(refund.paidAt()).contains(NOW);
        });
        assertThat(events.stream(OrderStatusChanged.class))
                .containsExactly(new OrderStatusChanged("NW-100004", OrderStatus.PLACED, OrderStatus.CANCELLED, NOW));
    }

    @Test
    void cancellingAnOrderBeingPackedCostsTheFeeWhichIsKeptFromTheRefund() {
        OrderDetails before = orders.findByNumber("NW-100005").orElseThrow();
        assertThat(before.total()).isEqualTo(Money.ofPence(4395));
        assertThat(before.cancellationFee()).contains(Money.ofPence(295));

        CancelResult result = orders.cancel("nw-100005");

        assertThat(result).isEqualTo(new CancelResult.Cancelled("NW-100005", Money.ofPence(295), Money.ofPence(4100)));
        assertThat(orders.refundStatus("NW-100005")).isInstanceOfSatisfying(RefundStatusResult.Found.class,
                found -> assertThat(found.refund().amount()).isEqualTo(Money.ofPence(4100)));
        assertThat(events.stream(OrderStatusChanged.class)).singleElement()
                .extracting(OrderStatusChanged::oldStatus).isEqualTo(OrderStatus.PACKING);
    }

    @Test
    void anOrderThatHasShippedCannotBeCancelled() {
        assertThat(orders.cancel("NW-100001"))
                .isEqualTo(new CancelResult.NotCancellable("NW-100001", OrderStatus.SHIPPED, false));
        assertThat(orders.cancel("NW-100007"))
                .isEqualTo(new CancelResult.NotCancellable("NW-100007", OrderStatus.OUT_FOR_DELIVERY, false));
        assertThat(orders.findByNumber("NW-100001").orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(events.stream(OrderStatusChanged.class)).isEmpty();
    }

    @Test
    void personalisedItemsCannotBeCancelledOnceTheOrderIsBeingPacked() {
        assertThat(orders.findByNumber("NW-100011").orElseThrow().cancellationFee()).isEmpty();
        assertThat(orders.cancel("NW-100011"))
                .isEqualTo(new CancelResult.NotCancellable("NW-100011", OrderStatus.PACKING, true));
    }

    @Test
    void aCancelledOrderCannotBeCancelledAgain() {
        assertThat(orders.cancel("NW-100004")).isInstanceOf(CancelResult.Cancelled.class);
        assertThat(orders.cancel("NW-100004"))
                .isEqualTo(new CancelResult.NotCancellable("NW-100004", OrderStatus.CANCELLED, false));
        assertThat(orders.findByNumber("NW-100004").orElseThrow().refunds()).hasSize(1);
    }

    @Test
    void cancellingAnUnknownOrderSaysSo() {
        assertThat(orders.cancel("NW-999999")).isEqualTo(new CancelResult.UnknownOrder("NW-999999"));
    }

    @Test
    void theDeliveryAddressCanChangeBeforeShipment() {
        DeliveryAddress office = new DeliveryAddress("Alice Carter", "1 Station Road", null, "Leeds",
                UkPostcode.parse("ls1 4dy").orElseThrow());

        assertThat(orders.changeDeliveryAddress("NW-100005", office))
                .isEqualTo(new AddressChangeResult.Changed("NW-100005", office));
        assertThat(orders.findByNumber("NW-100005").orElseThrow().deliveryAddress()).isEqualTo(office);
    }

    @Test
    void theDeliveryAddressIsFixedOnceTheOrderHasShipped() {
        DeliveryAddress elsewhere = new DeliveryAddress("Alice Carter", "1 Station Road", null, "Leeds",
                new UkPostcode("LS1 4DY"));

        assertThat(orders.changeDeliveryAddress("NW-100001", elsewhere))
                .isEqualTo(new AddressChangeResult.NotChangeable("NW-100001", OrderStatus.SHIPPED));
        assertThat(orders.changeDeliveryAddress("NW-100012", elsewhere))
                .isEqualTo(new AddressChangeResult.NotChangeable("NW-100012", OrderStatus.CANCELLED));
        assertThat(orders.findByNumber("NW-100001").orElseThrow().deliveryAddress().postcode().value())
                .isEqualTo("SW1A 1AA");
        assertThat(orders.changeDeliveryAddress("NW-999999", elsewhere))
                .isEqualTo(new AddressChangeResult.UnknownOrder("NW-999999"));
    }

    @Test
    void anAddressNeedsItsPartsAndARealPostcode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryAddress("Alice", " ", null, "Leeds", new UkPostcode("LS1 4DY")))
                .withMessage("the first address line of an address must not be empty");
        assertThat(UkPostcode.parse("not a postcode")).isEmpty();
        assertThat(UkPostcode.parse("12345")).isEmpty();
        assertThat(UkPostcode.parse(" sw1a1aa ")).contains(new UkPostcode("SW1A 1AA"));
    }

    @Test
    void refundStatusIsTheLatestRefundOfTheOrder() {
        assertThat(refundStatusOf("NW-100006")).isEqualTo(RefundStatus.PAID);
        assertThat(refundStatusOf("NW-100008")).isEqualTo(RefundStatus.APPROVED);
        assertThat(refundStatusOf("NW-100009")).isEqualTo(RefundStatus.REJECTED);
        assertThat(refundStatusOf("NW-100010")).isEqualTo(RefundStatus.REQUESTED);
        RefundStatusResult.Found paid = (RefundStatusResult.Found) orders.refundStatus("NW-100006");
        assertThat(paid.refund().amount()).isEqualTo(Money.ofPence(5500));
        assertThat(paid.refund().paidAt()).contains(paid.refund().updatedAt());
    }

    @Test
    void anOrderWithoutRefundOrAnUnknownOrderHasNoRefundStatus() {
        assertThat(orders.refundStatus("NW-100001")).isEqualTo(new RefundStatusResult.NoRefund("NW-100001"));
        assertThat(orders.refundStatus("NW-999999")).isEqualTo(new RefundStatusResult.UnknownOrder("NW-999999"));
    }

    @Test
    void aCustomersOwnOrdersAreKnownAndListedNewestFirst() {
        assertThat(orders.isOwnOrder(ALICE, "NW-100001")).isTrue();
        assertThat(orders.isOwnOrder(ALICE, "nw 100001")).isTrue();
        assertThat(orders.isOwnOrder(ALICE, "NW-100020")).isFalse();
        assertThat(orders.isOwnOrder(BOB, "NW-100020")).isTrue();
        assertThat(orders.isOwnOrder(ALICE, "NW-999999")).isFalse();

        assertThat(orders.findByCustomer(BOB)).extracting(OrderDetails::orderNumber)
                .containsExactly("NW-100021", "NW-100020");
        assertThat(orders.findByCustomer(ALICE)).hasSize(12)
                .extracting(OrderDetails::placedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aCustomerProfileHasTheNameToGreetAndTheTier() {
        CustomerProfile bob = orders.findCustomer(BOB).orElseThrow();

        assertThat(bob.nameToGreet()).isEqualTo("Bob");
        assertThat(bob.isVip()).isTrue();
        assertThat(bob.preferredContact()).isEqualTo(ContactChannel.PHONE);
        assertThat(orders.findCustomer(ALICE).orElseThrow().isVip()).isFalse();
        assertThat(orders.findCustomer(new CustomerId("C-999999"))).isEmpty();
    }

    private RefundStatus refundStatusOf(String orderNumber) {
        return ((RefundStatusResult.Found) orders.refundStatus(orderNumber)).refund().status();
    }
}
