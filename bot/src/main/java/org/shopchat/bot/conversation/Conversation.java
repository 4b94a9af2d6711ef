package org.shopchat.bot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** One customer's chat with the shop, from the first message to its end. */
@Entity
@Table(name = "conversation")
public class Conversation {

    public enum Status { OPEN, CLOSED }

    @Id
    private UUID id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The shop's customer id, when the shop page identified the customer with a signed token. */
    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Version
    private long version;

    protected Conversation() {
    }

    Conversation(ConversationToken token, Instant now) {
        this.id = UUID.randomUUID();
        this.tokenHash = token.hash();
        this.status = Status.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Hands out the next position in this conversation's message order. */
    long nextSeq(Instant now) {
        updatedAt = now;
        return ++lastSeq;
    }

    void identify(String shopCustomerId) {
        this.customerId = shopCustomerId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public UUID getId() {
        return id;
    }

    public Status getStatus() {
        return status;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
