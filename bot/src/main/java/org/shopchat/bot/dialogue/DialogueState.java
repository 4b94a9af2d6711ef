package org.shopchat.bot.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Where a conversation stands in the dialogue: persisted every turn, so a restart changes nothing. */
@Entity
@Table(name = "dialogue_state")
class DialogueState {

    @Id
    @Column(name = "conversation_id")
    private UUID conversationId;

    /** Consecutive turns the bot could not help with (not understood, nothing found, answer not helpful). */
    @Column(nullable = false)
    private int failures;

    @Column(name = "last_intent", length = 64)
    private String lastIntent;

    @Column(length = 32)
    private String flow;

    @Column(length = 32)
    private String step;

    @Column(name = "order_number", length = 16)
    private String orderNumber;

    @Column(name = "proven_identity", length = 320)
    private String provenIdentity;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Null until first stored, so that saving a new state inserts it instead of merging (one select less). */
    @Version
    private Long version;

    protected DialogueState() {
    }

    DialogueState(UUID conversationId, Instant now) {
        this.conversationId = conversationId;
        this.updatedAt = now;
    }

    int failed() {
        return ++failures;
    }

    void helped(String intent) {
        failures = 0;
        lastIntent = intent;
    }

    int failures() {
        return failures;
    }

    String lastIntent() {
        return lastIntent;
    }

    /** Enters a flow at a step, about an order (may be null while the customer has not named one yet). */
    void enter(String newFlow, String newStep, String newOrderNumber) {
        flow = newFlow;
        step = newStep;
        if (newOrderNumber != null) {
            orderNumber = newOrderNumber;
        }
    }

    /** Leaves the current flow; the order discussed stays as context for follow-up questions. */
    void leaveFlow() {
        flow = null;
        step = null;
    }

    String flow() {
        return flow;
    }

    String step() {
        return step;
    }

    String orderNumber() {
        return orderNumber;
    }

    /** The e-mail address or postcode that verified an order earlier in the conversation; null before that. */
    String provenIdentity() {
        return provenIdentity;
    }

    void proved(String identity) {
        provenIdentity = identity;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    UUID conversationId() {
        return conversationId;
    }
}
