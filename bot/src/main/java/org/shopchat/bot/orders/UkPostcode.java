package org.shopchat.bot.orders;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in canonical form: upper case, one space before the inward code, e.g. {@code SW1A 1AA}. */
public record UkPostcode(String value) {

    private static final Pattern CANONICAL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}");

    public UkPostcode {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a UK postcode in canonical form (like 'SW1A 1AA'): " + value);
        }
    }

    /** Reads a postcode however it was typed ("sw1a1aa", " SW1A  1AA "); empty when it isn't one. */
    public static Optional<UkPostcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return CANONICAL.matcher(spaced).matches() ? Optional.of(new UkPostcode(spaced)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
