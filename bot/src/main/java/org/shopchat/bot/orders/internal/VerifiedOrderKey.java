package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

@Embeddable
public record VerifiedOrderKey(
        @Column(name = "conversation_id") UUID conversationId,
        @Column(name = "order_number", length = 9) String orderNumber) {
}
