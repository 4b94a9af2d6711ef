package org.shopchat.bot.escalation.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is served first: tier and distress give a bounded head start, waiting time does the rest. */
class QueueOrderTests {

    private final QueueOrder order = new QueueOrder(Duration.ofMinutes(10), Duration.ofMinutes(5));
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    record Waiting(String name, Instant arrival, boolean vip, boolean distressed) {
    }

    private List<String> served(Waiting... customers) {
        return List.of(customers).stream()
                .sorted(Comparator.comparing((Waiting w) -> order.priorityAt(w.arrival(), w.vip(), w.distressed()))
                        .thenComparing(Waiting::arrival))
                .map(Waiting::name).toList();
    }

    @Test
    void equalCustomersAreServedFirstComeFirstServed() {
        assertThat(served(new Waiting("b", t0.plusSeconds(60), false, false), new Waiting("a", t0, false, false)))
                .containsExactly("a", "b");
    }

    @Test
    void aVipOvertakesCustomersWhoArrivedShortlyBefore() {
        assertThat(served(new Waiting("standard", t0, false, false),
                new Waiting("vip", t0.plus(Duration.ofMinutes(3)), true, false)))
                .containsExactly("vip", "standard");
    }

    @Test
    void aDistressedCustomerOvertakesCalmOnesWhoArrivedShortlyBefore() {
        assertThat(served(new Waiting("calm", t0, false, false),
                new Waiting("distressed", t0.plus(Duration.ofMinutes(2)), false, true)))
                .containsExactly("distressed", "calm");
    }

    @Test
    void vipOutranksDistressWhenBothArriveTogether() {
        assertThat(served(new Waiting("distressed", t0, false, true), new Waiting("vip", t0, true, false)))
                .containsExactly("vip", "distressed");
    }

    @Test
    void nobodyStarvesSomeoneWhoWaitedLongerThanTheHeadStartIsNotOvertaken() {
        assertThat(served(new Waiting("patient", t0, false, false),
                new Waiting("vip", t0.plus(Duration.ofMinutes(16)), true, true)))
                .containsExactly("patient", "vip");
    }

    @Test
    void estimatesTheWaitFromRecentHandleTimesAndFreeSlots() {
        Duration handle = WaitEstimate.averageHandleTime(List.of(Duration.ofMinutes(4), Duration.ofMinutes(8)),
                Duration.ofMinutes(6));
        assertThat(handle).isEqualTo(Duration.ofMinutes(6));
        assertThat(WaitEstimate.minutes(1, handle, 3)).isEqualTo(2);
        assertThat(WaitEstimate.minutes(4, handle, 2)).isEqualTo(12);
        assertThat(WaitEstimate.minutes(1, Duration.ofSeconds(20), 6)).isEqualTo(1);
    }

    @Test
    void withoutHistoryTheDefaultHandleTimeIsUsed() {
        assertThat(WaitEstimate.averageHandleTime(List.of(), Duration.ofMinutes(7))).isEqualTo(Duration.ofMinutes(7));
    }
}
