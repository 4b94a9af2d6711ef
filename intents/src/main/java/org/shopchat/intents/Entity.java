package org.shopchat.intents;

/**
 * A typed value found in a message. {@code text} is the exact matched text and {@code [start, end)} its offsets in
 * the original message, so callers can mask or highlight it.
 */
public sealed interface Entity permits OrderNumber, EmailAddress, Postcode, PhoneNumber, MoneyAmount, DateMention {

    String text();

    int start();

    int end();

    /** Shared validation of the span part of every entity record. */
    static void checkSpan(String text, int start, int end) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("entity text must not be empty");
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException(
                    "entity span [" + start + ", " + end + ") does not fit its text '" + text + "'");
        }
    }
}
