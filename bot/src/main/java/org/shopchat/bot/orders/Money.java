package org.shopchat.bot.orders;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in pence. The shop trades in GBP only, so the currency is fixed rather than carried per amount. */
public record Money(long pence) implements Comparable<Money> {

    public static final Currency CURRENCY = Currency.getInstance("GBP");
    public static final Money ZERO = new Money(0);

    public Money {
        if (pence < 0) {
            throw new IllegalArgumentException("an amount of money must not be negative: " + pence + " pence");
        }
    }

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public Currency currency() {
        return CURRENCY;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(pence, quantity));
    }

    /** This amount minus {@code other}, never below zero (a fee is never more than what it is taken from). */
    public Money minusAtMostAll(Money other) {
        return new Money(Math.max(0, pence - other.pence));
    }

    public boolean isZero() {
        return pence == 0;
    }

    /** UK notation, e.g. {@code £1,234.50}: a value for a template placeholder, not a sentence. */
    public String formatted() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(CURRENCY);
        return format.format(pence / 100.0);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }
}
