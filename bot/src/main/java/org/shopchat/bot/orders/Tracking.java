package org.shopchat.bot.orders;

import java.net.URI;
import java.util.Objects;

/** The carrier's parcel tracking, known once an order has shipped. */
public record Tracking(String carrier, String trackingNumber, URI trackingUrl) {

    public Tracking {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
    }
}
