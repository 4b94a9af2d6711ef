package org.shopchat.intents.entities;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shop's order-number format: a letter prefix and a fixed number of digits, written canonically as
 * {@code PREFIX-digits}. Customers type it many ways ("nw 204815", "NW204815", "#NW-204815"); all are accepted.
 */
public record OrderNumberFormat(String prefix, int digits) {

    /** Northwind Goods: {@code NW-} and six digits, e.g. {@code NW-204815}. */
    public static final OrderNumberFormat NORTHWIND = new OrderNumberFormat("NW", 6);

    public OrderNumberFormat {
        if (prefix == null || !prefix.matches("[A-Z]{1,5}")) {
            throw new IllegalArgumentException("order number prefix must be 1-5 upper-case letters, was " + prefix);
        }
        if (digits < 3 || digits > 12) {
            throw new IllegalArgumentException("order number digits must be 3-12, was " + digits);
        }
    }

    /** Parses {@code PREFIX-digits}, e.g. from configuration: {@code "NW-6"} means prefix NW with 6 digits. */
    public static OrderNumberFormat parse(String spec) {
        String[] parts = spec.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("order number format must look like NW-6, was '" + spec + "'");
        }
        try {
            return new OrderNumberFormat(parts[0].toUpperCase(Locale.ROOT), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order number format must look like NW-6, was '" + spec + "'");
        }
    }

    Pattern pattern() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])#?" + Pattern.quote(prefix) + "[ \\t]?[-#]?[ \\t]?(\\d{" + digits
                + "})(?!\\d)", Pattern.CASE_INSENSITIVE);
    }

    String canonical(String digitsPart) {
        return prefix + "-" + digitsPart;
    }
}
