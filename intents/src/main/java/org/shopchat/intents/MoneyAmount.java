package org.shopchat.intents;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount of money; {@code currency} is GBP unless the text says otherwise. */
public record MoneyAmount(String text, int start, int end, BigDecimal amount, Currency currency) implements Entity {

    public MoneyAmount {
        Entity.checkSpan(text, start, end);
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
    }
}
