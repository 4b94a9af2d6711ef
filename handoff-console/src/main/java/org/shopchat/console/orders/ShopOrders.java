package org.shopchat.console.orders;

import java.util.List;

/**
 * The shop's orders as an administrator sees them in the console: find an order and move it on, as the warehouse or
 * the carrier would. The application implements this port; every move it makes tells a customer who is chatting
 * about that order at once.
 */
public interface ShopOrders {

    /** Orders whose number or customer e-mail address contains {@code query} (case-insensitive), newest first. */
    List<ShopOrder> find(String query, int limit);

    /** Moves the order to {@code status} when its current status allows that move. */
    OrderMove move(String orderNumber, String status);
}
