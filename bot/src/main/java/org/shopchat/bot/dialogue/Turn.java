package org.shopchat.bot.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * What the bot understood of one customer message and what it decided: the record agents, editors and analytics
 * read later (intents with confidence, sentiment, entities, act).
 */
@Entity
@Table(name = "turn")
class Turn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "message_seq", nullable = false)
    private long messageSeq;

    @Column(length = 64)
    private String intent;

    private Double confidence;

    @Column(name = "second_intent", length = 64)
    private String secondIntent;

    @Column(name = "second_confidence")
    private Double secondConfidence;

    @Column(name = "out_of_scope", nullable = false)
    private boolean outOfScope;

    @Column(name = "sentiment_score", nullable = false)
    private double sentimentScore;

    @Column(name = "sentiment_label", nullable = false, length = 16)
    private String sentimentLabel;

    @Column(length = 2000)
    private String entities;

    @Column(nullable = false, length = 40)
    private String act;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Turn() {
    }

    Turn(UUID conversationId, long messageSeq, Reading reading, String act, Instant now) {
        this.conversationId = conversationId;
        this.messageSeq = messageSeq;
        this.intent = reading.intent();
        this.confidence = reading.confidence();
        this.secondIntent = reading.secondIntent();
        this.secondConfidence = reading.secondConfidence();
        this.outOfScope = reading.outOfScope();
        this.sentimentScore = reading.sentimentScore();
        this.sentimentLabel = reading.sentimentLabel();
        this.entities = reading.entities();
        this.act = act;
        this.createdAt = now;
    }

    /** The parts of an NLU result a turn keeps. */
    record Reading(String intent, Double confidence, String secondIntent, Double secondConfidence,
                   boolean outOfScope, double sentimentScore, String sentimentLabel, String entities) {
    }
}
