package org.shopchat.bot.orders.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an order number as a customer types it into the shop's canonical {@code NW-123456}. */
public final class OrderNumberText {

    private static final Pattern TYPED = Pattern.compile("\\s*NW[\\s-]?(\\d{6})\\s*", Pattern.CASE_INSENSITIVE);

    private OrderNumberText() {
    }

    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(text);
        return matcher.matches() ? Optional.of("NW-" + matcher.group(1)) : Optional.empty();
    }
}
