package org.shopchat.bot.orders;

/** Refund statuses as docs/demo-shop.md defines them. */
public enum RefundStatus {
    /** Return registered, parcel not yet checked. */
    REQUESTED,
    /** Checked, payment being issued. */
    APPROVED,
    /** Sent to the payment provider on the paid date. */
    PAID,
    /** Not approved; the item goes back to the customer. */
    REJECTED
}
