package org.shopchat.bot.orders;

/** The delivery options of docs/demo-shop.md with the carrier each one uses. */
public enum DeliveryOption {
    STANDARD("Royal Mail"),
    EXPRESS("DPD"),
    NOMINATED_DAY("DPD"),
    CLICK_AND_COLLECT("Evri");

    private final String carrier;

    DeliveryOption(String carrier) {
        this.carrier = carrier;
    }

    public String carrier() {
        return carrier;
    }
}
