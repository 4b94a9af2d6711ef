package org.shopchat.bot.orders.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The shop's dates: UK time, working days Monday to Friday. Bank holidays are not known here, so a delay around
 * one is counted a day early; the policy's "5 working days" is about when to stop waiting, where that errs kindly.
 */
public final class ShopCalendar {

    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/London");

    /** Policy (docs/demo-shop.md, Delivery): a delayed order is treated as lost 5 working days after its estimate. */
    public static final int WORKING_DAYS_UNTIL_LOST = 5;

    private ShopCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(SHOP_ZONE));
    }

    public static LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        LocalDate date = from;
        int added = 0;
        while (added < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
