package org.shopchat.bot.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.shopchat.console.handoff.OfflineTicket;

import java.time.Instant;
import java.util.UUID;

/** A message left for the team while nobody could chat, answered later by e-mail. */
@Entity
@Table(name = "offline_ticket")
public class OfflineTicketRecord {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String CLOSED = "CLOSED";

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reply_by", nullable = false)
    private Instant replyBy;

    @Column(length = 8000)
    private String reply;

    @Column(name = "replied_by", length = 40)
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected OfflineTicketRecord() {
    }

    public OfflineTicketRecord(UUID conversationId, String email, String text, Instant now, Instant replyBy) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.email = email;
        this.text = text;
        this.status = OPEN;
        this.createdAt = now;
        this.replyBy = replyBy;
    }

    public void answer(String username, String replyText, Instant now) {
        if (CLOSED.equals(status)) {
            throw new IllegalStateException("offline ticket " + id + " is closed");
        }
        this.reply = replyText;
        this.repliedBy = username;
        this.repliedAt = now;
        this.status = ANSWERED;
    }

    public void close(Instant now) {
        this.status = CLOSED;
        this.closedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public OfflineTicket view() {
        return new OfflineTicket(id, conversationId, email, text, createdAt, replyBy, status, reply, repliedBy, repliedAt);
    }
}
