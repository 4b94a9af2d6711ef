package org.shopchat.bot.orders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The failed identity checks of one conversation. */
@Entity
@Table(name = "order_verification_attempt")
public class VerificationAttempts {

    @Id
    @Column(name = "conversation_id")
    private UUID conversationId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VerificationAttempts() {
    }

    public VerificationAttempts(UUID conversationId, Instant now) {
        this.conversationId = conversationId;
        this.updatedAt = now;
    }

    public int recordFailure(Instant now) {
        updatedAt = now;
        return ++failures;
    }

    public int getFailures() {
        return failures;
    }
}
