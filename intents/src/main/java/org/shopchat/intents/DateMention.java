package org.shopchat.intents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date the customer mentioned, resolved to a calendar date against the extractor's clock
 * ("yesterday", "last Monday", "12 March", "12/03/2026").
 */
public record DateMention(String text, int start, int end, LocalDate date) implements Entity {

    public DateMention {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(date, "date must not be null");
    }
}
