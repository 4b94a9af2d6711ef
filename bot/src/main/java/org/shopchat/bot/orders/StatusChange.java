package org.shopchat.bot.orders;

import java.time.Instant;
import java.util.Objects;

/** One entry of an order's timeline: the status it reached and when. */
public record StatusChange(OrderStatus status, Instant at) {

    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
