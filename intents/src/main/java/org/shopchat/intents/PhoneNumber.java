package org.shopchat.intents;

import java.util.Objects;

/** A UK phone number; {@code value} is in E.164 form, e.g. {@code +447700900123}. */
public record PhoneNumber(String text, int start, int end, String value) implements Entity {

    public PhoneNumber {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(value, "value must not be null");
        if (!value.matches("\\+\\d{8,15}")) {
            throw new IllegalArgumentException("phone number value must be E.164, was " + value);
        }
    }
}
