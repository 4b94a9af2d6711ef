package org.shopchat.intents;

import java.util.Objects;

/**
 * An order number as the customer wrote it, with {@code value} in the shop's canonical form (e.g. {@code NW-204815}).
 */
public record OrderNumber(String text, int start, int end, String value) implements Entity {

    public OrderNumber {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(value, "value must not be null");
    }
}
