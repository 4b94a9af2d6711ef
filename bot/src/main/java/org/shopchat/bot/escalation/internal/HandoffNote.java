package org.shopchat.bot.escalation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.shopchat.console.handoff.InternalNote;

import java.time.Instant;
import java.util.UUID;

/** An agent's internal note on a conversation: for colleagues only, never posted as a message. */
@Entity
@Table(name = "handoff_note")
class HandoffNote {

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "handoff_id", nullable = false)
    private UUID handoffId;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "author_name", nullable = false, length = 80)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HandoffNote() {
    }

    HandoffNote(Handoff handoff, String author, String authorName, String text, Instant now) {
        this.id = UUID.randomUUID();
        this.conversationId = handoff.getConversationId();
        this.handoffId = handoff.getId();
        this.author = author;
        this.authorName = authorName;
        this.text = text;
        // Stored with microseconds; the same here, so a note reads back equal to the one returned.
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    InternalNote view() {
        return new InternalNote(id, conversationId, handoffId, author, authorName, text, createdAt);
    }
}
