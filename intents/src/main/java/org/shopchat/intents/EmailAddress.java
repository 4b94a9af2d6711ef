package org.shopchat.intents;

import java.util.Locale;
import java.util.Objects;

/** An e-mail address; {@code value} has its domain lower-cased (the local part is left alone, it may be case-sensitive). */
public record EmailAddress(String text, int start, int end, String value) implements Entity {

    public EmailAddress {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(value, "value must not be null");
        if (value.indexOf('@') < 1) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
    }

    static String canonical(String address) {
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }
}
