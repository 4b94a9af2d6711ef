package org.shopchat.bot.orders;

import java.util.Objects;

/**
 * Where an order is delivered. {@code line2} may be null.
 *
 * @param recipientName who the parcel is for
 * @param line1         house number and street (or company, or locker name)
 * @param line2         flat, building or district; null when there is none
 * @param town          post town
 * @param postcode      UK postcode
 */
public record DeliveryAddress(String recipientName, String line1, String line2, String town, UkPostcode postcode) {

    public DeliveryAddress {
        recipientName = required(recipientName, "recipient name", 120);
        line1 = required(line1, "first address line", 120);
        line2 = line2 == null || line2.isBlank() ? null : required(line2, "second address line", 120);
        town = required(town, "town", 80);
        Objects.requireNonNull(postcode, "an address needs a postcode");
    }

    /** One line, e.g. {@code 12 Acacia Avenue, Flat 2, Leeds LS9 0NW}: a value for a placeholder. */
    public String singleLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + town + " " + postcode.value();
    }

    private static String required(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " of an address must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("the " + what + " of an address is longer than " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the " + what + " of an address must not contain control characters");
        }
        return trimmed;
    }
}
