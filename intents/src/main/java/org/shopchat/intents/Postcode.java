package org.shopchat.intents;

import java.util.Objects;

/** A UK postcode; {@code value} is upper case with one space before the inward code, e.g. {@code SW1A 1AA}. */
public record Postcode(String text, int start, int end, String value) implements Entity {

    public Postcode {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(value, "value must not be null");
    }

    /** The outward code (area and district), e.g. {@code SW1A}, enough to choose a delivery zone. */
    public String outward() {
        return value.substring(0, value.indexOf(' '));
    }
}
