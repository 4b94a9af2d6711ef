package org.shopchat.bot.orders;

import java.util.Objects;

/** One line of an order. Personalised items cannot be cancelled once the order is being packed. */
public record OrderItem(String name, int quantity, Money unitPrice, boolean personalised) {

    public OrderItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1) {
            throw new IllegalArgumentException("an order line needs a quantity of at least 1, not " + quantity);
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
