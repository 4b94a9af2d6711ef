package org.shopchat.bot.orders;

import java.util.Objects;
import java.util.Set;

/**
 * What a customer may prove an order is theirs with: the e-mail address on the order and its postcodes (delivery
 * address, and the customer's own). Only the identity check reads it; never show it.
 */
public record OrderOwnerContact(String email, Set<UkPostcode> postcodes) {

    public OrderOwnerContact {
        Objects.requireNonNull(email, "email");
        postcodes = Set.copyOf(postcodes);
    }
}
