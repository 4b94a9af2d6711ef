package org.shopchat.bot.orders.internal;

import org.shopchat.bot.orders.DeliveryOption;
import org.shopchat.bot.orders.Tracking;

import java.net.URI;
import java.util.Locale;

/**
 * Tracking numbers and links for the demo shop's parcels. Derived from the order number so that the same order
 * always gets the same tracking; the links point to a fictional {@code .example} tracking site.
 */
final class CarrierTracking {

    private static final String TRACKING_SITE = "https://track.northwind-goods.example/";

    private CarrierTracking() {
    }

    static Tracking forOrder(DeliveryOption option, String orderNumber) {
        String digits = orderNumber.substring(orderNumber.indexOf('-') + 1);
        String trackingNumber = switch (option) {
            // Royal Mail Tracked: two letters, nine digits, GB.
            case STANDARD -> "TT" + digits + "417GB";
            // DPD: fourteen digits.
            case EXPRESS, NOMINATED_DAY -> "15501" + digits + "872";
            // Evri: sixteen characters starting with H.
            case CLICK_AND_COLLECT -> "H00A" + digits + "0C7B19";
        };
        String carrier = option.carrier();
        URI url = URI.create(TRACKING_SITE + carrier.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + trackingNumber);
        return new Tracking(carrier, trackingNumber, url);
    }
}
