package org.shopchat.console.orders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order in the console's order search.
 *
 * @param nextStatuses the statuses this order may be moved to from the console, in the order they happen
 */
public record ShopOrder(String orderNumber, String customerName, String customerEmail, String status,
                        Instant placedAt, List<String> nextStatuses) {

    public ShopOrder {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(status, "status");
        nextStatuses = List.copyOf(nextStatuses);
    }
}
