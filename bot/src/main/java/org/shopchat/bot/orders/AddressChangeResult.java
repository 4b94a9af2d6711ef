package org.shopchat.bot.orders;

/** What happened when a customer asked to send an order to a different address. */
public sealed interface AddressChangeResult {

    String orderNumber();

    record Changed(String orderNumber, DeliveryAddress address) implements AddressChangeResult {
    }

    /** The order has left the warehouse (or is cancelled); the carrier may offer a redirect. */
    record NotChangeable(String orderNumber, OrderStatus status) implements AddressChangeResult {
    }

    record UnknownOrder(String orderNumber) implements AddressChangeResult {
    }
}
