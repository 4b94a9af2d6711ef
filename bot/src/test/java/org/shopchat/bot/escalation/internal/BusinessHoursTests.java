package org.shopchat.bot.escalation.internal;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.escalation.EscalationProperties;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team's hours of docs/demo-shop.md: Mon–Fri 08:00–20:00, Sat 09:00–17:00 UK time, closed Sundays and bank holidays. */
class BusinessHoursTests {

    private final BusinessHours hours = new BusinessHours(new EscalationProperties.Hours(ZoneId.of("Europe/London"),
            "Mon–Fri 08:00–20:00, Sat 09:00–17:00",
            Map.of(DayOfWeek.MONDAY, "08:00-20:00", DayOfWeek.TUESDAY, "08:00-20:00", DayOfWeek.WEDNESDAY, "08:00-20:00",
                    DayOfWeek.THURSDAY, "08:00-20:00", DayOfWeek.FRIDAY, "08:00-20:00", DayOfWeek.SATURDAY, "09:00-17:00"),
            List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"))));

    @Test
    void isOpenDuringTeamHoursInUkTime() {
        assertThat(hours.isOpen(Instant.parse("2026-11-23T08:00:00Z"))).isTrue();   // Monday, GMT
        assertThat(hours.isOpen(Instant.parse("2026-11-23T19:59:59Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-23T20:00:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-07-06T07:30:00Z"))).isTrue();   // Monday 08:30 BST
        assertThat(hours.isOpen(Instant.parse("2026-11-28T16:59:00Z"))).isTrue();   // Saturday
        assertThat(hours.isOpen(Instant.parse("2026-11-28T17:00:00Z"))).isFalse();
    }

    @Test
    void isClosedOnSundaysAndBankHolidays() {
        assertThat(hours.isOpen(Instant.parse("2026-11-29T12:00:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-12-25T12:00:00Z"))).isFalse();
    }

    @Test
    void offlineMessagesAreAnsweredByTheEndOfTheNextWorkingDay() {
        assertThat(hours.format(hours.replyBy(Instant.parse("2026-11-23T21:00:00Z")))).isEqualTo("Tue 24 Nov, 20:00");
        assertThat(hours.format(hours.replyBy(Instant.parse("2026-11-27T21:00:00Z")))).isEqualTo("Sat 28 Nov, 17:00");
        assertThat(hours.format(hours.replyBy(Instant.parse("2026-11-28T18:00:00Z")))).isEqualTo("Mon 30 Nov, 20:00");
        assertThat(hours.format(hours.replyBy(Instant.parse("2026-12-24T12:00:00Z")))).isEqualTo("Sat 26 Dec, 17:00");
    }

    @Test
    void rejectsMalformedOpeningHoursNamingTheDay() {
        assertThatThrownBy(() -> new BusinessHours(new EscalationProperties.Hours(ZoneId.of("Europe/London"), "x",
                Map.of(DayOfWeek.MONDAY, "8 till late"), List.of())))
                .hasMessageContaining("shopchat.escalation.hours.weekly.monday")
                .hasMessageContaining("8 till late");
    }
}
