package org.shopchat.bot.analytics;

import org.shopchat.console.analytics.Granularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Labels of days ("2026-03-02"), ISO weeks ("2026-W10", Monday first) and months ("2026-03"). */
final class Periods {

    private Periods() {
    }

    static String label(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day.toString();
            case WEEK -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> day.toString().substring(0, 7);
        };
    }

    /** Every period touching {@code from..to}, oldest first, empty ones included (charts keep an even time axis). */
    static List<String> labels(LocalDate from, LocalDate to, Granularity granularity) {
        LocalDate start = switch (granularity) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.withDayOfMonth(1);
        };
        List<String> labels = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(to); day = switch (granularity) {
            case DAY -> day.plusDays(1);
            case WEEK -> day.plusWeeks(1);
            case MONTH -> day.plusMonths(1);
        }) {
            labels.add(label(day, granularity));
        }
        return labels;
    }
}
