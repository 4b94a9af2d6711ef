package org.shopchat.intents.entities;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shopchat.intents.DateMention;

/**
 * Finds dates as UK customers write them and resolves them against today.
 *
 * <p>Day/month order is British (03/04 is 3 April). A date without a year gets the year that puts it nearest to
 * today: in November "2 June" is this June and "3 January" next January. A bare weekday ("on Monday") is the most
 * recent one, today included, because customers mostly tell us when something happened.
 */
final class DateFinder {

    private static final String MONTH_NAMES =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\p{L})(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTH_NAMES + ")\\.?(?:,? (\\d{4}))?(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\p{L})(" + MONTH_NAMES + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<!\\p{L})(the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!\\p{L})(?:(last|this|next|on) )?(" + WEEKDAYS + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private final Clock clock;

    DateFinder(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    List<DateMention> find(String text) {
        LocalDate today = LocalDate.now(clock);
        List<DateMention> found = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(found, m, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(found, m, withYear(today, m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, m, withYear(today, m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            String year = m.group(3);
            if (year != null && year.length() == 2) {
                year = "20" + year;
            }
            add(found, m, withYear(today, year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            LocalDate date = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> today.minusDays(1);
                case "tomorrow" -> today.plusDays(1);
                case "the day before yesterday" -> today.minusDays(2);
                case "the day after tomorrow" -> today.plusDays(2);
                default -> today;
            };
            add(found, m, date);
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String qualifier = m.group(1) == null ? "on" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (qualifier) {
                case "last" -> today.with(TemporalAdjusters.previous(day));
                case "next" -> today.with(TemporalAdjusters.next(day));
                case "this" -> today.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                default -> today.with(TemporalAdjusters.previousOrSame(day));
            };
            add(found, m, date);
        }
        return found;
    }

    private static void add(List<DateMention> found, Matcher m, LocalDate date) {
        if (date == null) {
            return;
        }
        boolean overlaps = found.stream().anyMatch(d -> m.start() < d.end() && d.start() < m.end());
        if (!overlaps) {
            found.add(new DateMention(m.group(), m.start(), m.end(), date));
        }
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate withYear(LocalDate today, String year, int month, int day) {
        if (year != null) {
            return date(Integer.parseInt(year), month, day);
        }
        LocalDate best = null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate candidate = date(y, month, day);
            if (candidate != null && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(today, candidate)) < Math.abs(ChronoUnit.DAYS.between(today, best)))) {
                best = candidate;
            }
        }
        return best;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // "31/02" or "13/13" is not a date: leave it unclaimed
        }
    }
}
