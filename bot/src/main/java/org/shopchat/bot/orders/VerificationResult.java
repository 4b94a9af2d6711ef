package org.shopchat.bot.orders;

/** Outcome of an identity check. MISMATCH never says whether the order number exists. */
public enum VerificationResult {
    VERIFIED, MISMATCH, LOCKED
}
