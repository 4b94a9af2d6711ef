package org.shopchat.bot.orders;

import java.util.List;
import java.util.Optional;

/**
 * The shop's orders and customers as the bot sees them: the seam a real shop replaces with its own order API.
 * Order numbers are accepted as customers type them ({@code nw-204815}, {@code NW 204815}); anything that is not an
 * order number is treated as an unknown order. Status changes made here publish {@link OrderStatusChanged}.
 * <p>
 * Implementations do not check who is asking: callers show details only to a verified conversation
 * ({@link OrderVerification}) or the order's own logged-in customer ({@link #isOwnOrder}).
 */
public interface OrderLookup {

    Optional<OrderDetails> findByNumber(String orderNumber);

    /** A customer's orders, newest first. */
    List<OrderDetails> findByCustomer(CustomerId customer);

    Optional<CustomerProfile> findCustomer(CustomerId customer);

    /** Whether the order belongs to the customer; false for unknown orders and customers. */
    boolean isOwnOrder(CustomerId customer, String orderNumber);

    /** The details an identity check compares with; only {@link OrderVerification} should need this. */
    Optional<OrderOwnerContact> findOwnerContact(String orderNumber);

    /** Cancels an order before shipment, charging the fee of the shop's policy and refunding the rest. */
    CancelResult cancel(String orderNumber);

    /** Sends an order that has not shipped yet to a different address. */
    AddressChangeResult changeDeliveryAddress(String orderNumber, DeliveryAddress newAddress);

    RefundStatusResult refundStatus(String orderNumber);
}
