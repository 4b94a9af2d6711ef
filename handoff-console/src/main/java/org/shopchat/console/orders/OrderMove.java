package org.shopchat.console.orders;

import java.util.Objects;

/** What became of a status move asked for in the console. */
public record OrderMove(Outcome outcome, String orderNumber, String from, String to) {

    public enum Outcome {
        MOVED, UNKNOWN_ORDER, NOT_ALLOWED
    }

    public OrderMove {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(orderNumber, "orderNumber");
    }
}
