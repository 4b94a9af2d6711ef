package org.shopchat.bot.orders;

import java.util.Objects;
import java.util.regex.Pattern;

/** The shop's identifier of a customer account, e.g. {@code C-100001}. */
public record CustomerId(String value) {

    // No dots: the signed customer token separates the id from its expiry with one.
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public CustomerId {
        Objects.requireNonNull(value, "customer id must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "a customer id is 1-64 letters, digits, '-' or '_', not '" + value + "'");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
