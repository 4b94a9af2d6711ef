package org.shopchat.bot.orders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopchat.bot.orders.OrdersTestConfiguration.NOW;

/** Moving orders along, and the events the bot's proactive updates listen to. */
@DataJpaTest(showSql = false)
@Import(OrdersTestConfiguration.class)
@RecordApplicationEvents
class OrderAdminTests {

    @Autowired
    OrderAdmin admin;

    @Autowired
    OrderLookup orders;

    @Autowired
    ApplicationEvents events;

    @Test
    void advancingAnOrderPublishesItsStatusChange() {
        AdvanceResult result = admin.advance("NW-100001", OrderStatus.OUT_FOR_DELIVERY);

        assertThat(result).isEqualTo(
                new AdvanceResult.Advanced("NW-100001", OrderStatus.SHIPPED, OrderStatus.OUT_FOR_DELIVERY));
        assertThat(events.stream(OrderStatusChanged.class)).containsExactly(new OrderStatusChanged(
                "NW-100001", OrderStatus.SHIPPED, OrderStatus.OUT_FOR_DELIVERY, NOW));
        assertThat(orders.findByNumber("NW-100001").orElseThrow().timeline().getLast())
                .isEqualTo(new StatusChange(OrderStatus.OUT_FOR_DELIVERY, NOW));
    }

    @Test
    void shippingAnOrderGivesItTheCarriersTracking() {
        assertThat(orders.findByNumber("NW-100005").orElseThrow().tracking()).isEmpty();

        admin.advance("NW-100005", OrderStatus.SHIPPED);

        OrderDetails shipped = orders.findByNumber("NW-100005").orElseThrow();
        assertThat(shipped.tracking()).hasValueSatisfying(tracking -> {
            assertThat(tracking.carrier()).isEqualTo("Royal Mail");
            assertThat(tracking.trackingNumber()).matches("[A-Z]{2}[0-9]{9}GB");
        });
        assertThat(shipped.isCancellable()).isFalse();
    }

    @Test
    void deliveryIsRecordedWithItsTimeAndEndsAnyDelay() {
        assertThat(orders.findByNumber("NW-100002").orElseThrow().delayed()).isTrue();

        admin.advance("NW-100002", OrderStatus.DELIVERED);

        OrderDetails delivered = orders.findByNumber("NW-100002").orElseThrow();
        assertThat(delivered.deliveredAt()).contains(NOW);
        assertThat(delivered.delayed()).isFalse();
    }

    @Test
    void anOrderCannotMoveBackwardsOrBeCancelledHere() {
        assertThat(admin.advance("NW-100003", OrderStatus.PACKING)).isEqualTo(
                new AdvanceResult.NotAllowed("NW-100003", OrderStatus.DELIVERED, OrderStatus.PACKING));
        assertThat(admin.advance("NW-100004", OrderStatus.CANCELLED)).isEqualTo(
                new AdvanceResult.NotAllowed("NW-100004", OrderStatus.PLACED, OrderStatus.CANCELLED));
        assertThat(admin.advance("NW-100004", OrderStatus.SHIPPED)).isEqualTo(
                new AdvanceResult.NotAllowed("NW-100004", OrderStatus.PLACED, OrderStatus.SHIPPED));
        assertThat(events.stream(OrderStatusChanged.class)).isEmpty();
    }

    @Test
    void advancingAnUnknownOrderSaysSo() {
        assertThat(admin.advance("NW-999999", OrderStatus.PACKING))
                .isEqualTo(new AdvanceResult.UnknownOrder("NW-999999"));
    }
}
