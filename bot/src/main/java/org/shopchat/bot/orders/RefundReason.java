package org.shopchat.bot.orders;

/** Why money goes back to the customer. */
public enum RefundReason {
    CANCELLATION, RETURN, DAMAGED_OR_FAULTY, LOST_IN_TRANSIT
}
