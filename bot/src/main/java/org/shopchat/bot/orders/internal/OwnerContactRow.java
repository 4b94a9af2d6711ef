package org.shopchat.bot.orders.internal;

/** Projection of the contact details an identity check compares with. */
public record OwnerContactRow(String email, String customerPostcode, String deliveryPostcode) {
}
