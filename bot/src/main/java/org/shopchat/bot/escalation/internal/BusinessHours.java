package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationProperties;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The team's working hours (docs/demo-shop.md): when a person can join a chat, and when offline messages are answered. */
public final class BusinessHours {

    private static final DateTimeFormatter REPLY_BY = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final EscalationProperties.Hours hours;
    private final Map<DayOfWeek, Opening> weekly = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> closed;

    record Opening(LocalTime from, LocalTime to) {
    }

    public BusinessHours(EscalationProperties.Hours hours) {
        this.hours = hours;
        hours.weekly().forEach((day, range) -> weekly.put(day, parse(day, range)));
        this.closed = new HashSet<>(hours.closedDates());
    }

    public boolean isOpen(Instant now) {
        ZonedDateTime local = now.atZone(hours.zone());
        return opening(local.toLocalDate())
                .map(o -> !local.toLocalTime().isBefore(o.from()) && local.toLocalTime().isBefore(o.to()))
                .orElse(false);
    }

    /** End of the next working day after {@code now}: when an offline message is answered at the latest. */
    public ZonedDateTime replyBy(Instant now) {
        LocalDate day = now.atZone(hours.zone()).toLocalDate().plusDays(1);
        for (int i = 0; i < 30; i++, day = day.plusDays(1)) {
            Optional<Opening> opening = opening(day);
            if (opening.isPresent()) {
                return day.atTime(opening.get().to()).atZone(hours.zone());
            }
        }
        throw new IllegalStateException("shopchat.escalation.hours: no working day within 30 days");
    }

    public String format(ZonedDateTime moment) {
        return REPLY_BY.format(moment);
    }

    public String openingHoursText() {
        return hours.openingHoursText();
    }

    private Optional<Opening> opening(LocalDate date) {
        return closed.contains(date) ? Optional.empty() : Optional.ofNullable(weekly.get(date.getDayOfWeek()));
    }

    private static Opening parse(DayOfWeek day, String range) {
        String[] parts = range == null ? new String[0] : range.strip().split("-");
        try {
            if (parts.length == 2) {
                LocalTime from = LocalTime.parse(parts[0].strip());
                LocalTime to = parts[1].strip().equals("24:00") ? LocalTime.MAX : LocalTime.parse(parts[1].strip());
                if (from.isBefore(to)) {
                    return new Opening(from, to);
                }
            }
        } catch (DateTimeParseException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException("shopchat.escalation.hours.weekly." + day.name().toLowerCase(Locale.ROOT)
                + ": expected opening hours like 08:00-20:00, got '" + range + "'");
    }
}
