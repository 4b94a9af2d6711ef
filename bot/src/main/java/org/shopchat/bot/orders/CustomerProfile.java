package org.shopchat.bot.orders;

import java.util.Objects;

/**
 * A shop customer as the bot may use them: to greet by name, to record the VIP tier for priority.
 *
 * @param preferredName the name the customer wants to be called by; null when not given
 * @param phone         null when not given
 */
public record CustomerProfile(CustomerId id, String name, String preferredName, String email, UkPostcode postcode,
                              String phone, CustomerTier tier, ContactChannel preferredContact) {

    public CustomerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(preferredContact, "preferredContact");
    }

    /** The preferred name, else the first word of the full name. */
    public String nameToGreet() {
        if (preferredName != null && !preferredName.isBlank()) {
            return preferredName;
        }
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    public boolean isVip() {
        return tier == CustomerTier.VIP;
    }
}
