package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An order a conversation has proven it may see. */
@Entity
@Table(name = "verified_order")
public class VerifiedOrder {

    @EmbeddedId
    private VerifiedOrderKey key;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    protected VerifiedOrder() {
    }

    public VerifiedOrder(VerifiedOrderKey key, Instant verifiedAt) {
        this.key = key;
        this.verifiedAt = verifiedAt;
    }
}
