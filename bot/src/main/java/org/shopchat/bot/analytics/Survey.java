package org.shopchat.bot.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One satisfaction survey offered in a conversation, and the customer's answer once given. */
@Entity
@Table(name = "survey")
class Survey {

    static final String OFFERED = "OFFERED";
    static final String ANSWERED = "ANSWERED";
    static final String SKIPPED = "SKIPPED";

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SurveyPhase phase;

    @Column(name = "phase_key", nullable = false, length = 48)
    private String phaseKey;

    @Column(name = "handoff_id")
    private UUID handoffId;

    @Column(name = "agent_username", length = 40)
    private String agentUsername;

    @Column(name = "agent_name", length = 80)
    private String agentName;

    @Column(name = "article_id", length = 80)
    private String articleId;

    @Column(length = 64)
    private String intent;

    @Column(nullable = false, length = 16)
    private String status;

    private Integer rating;

    @Column(length = 2000)
    private String comment;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Survey() {
    }

    private Survey(UUID conversationId, SurveyPhase phase, String phaseKey, Involved involved, Instant now) {
        this.id = UUID.randomUUID();
        this.conversationId = conversationId;
        this.phase = phase;
        this.phaseKey = phaseKey;
        this.articleId = involved.articleId();
        this.intent = involved.intent();
        this.status = OFFERED;
        this.offeredAt = now;
    }

    static Survey ofBot(UUID conversationId, Involved involved, Instant now) {
        return new Survey(conversationId, SurveyPhase.BOT, botKey(), involved, now);
    }

    static Survey ofAgent(UUID conversationId, UUID handoffId, String agentUsername, String agentName,
                          Involved involved, Instant now) {
        Survey survey = new Survey(conversationId, SurveyPhase.AGENT, agentKey(handoffId), involved, now);
        survey.handoffId = handoffId;
        survey.agentUsername = agentUsername;
        survey.agentName = agentName;
        return survey;
    }

    static String botKey() {
        return SurveyPhase.BOT.name();
    }

    static String agentKey(UUID handoffId) {
        return SurveyPhase.AGENT.name() + ":" + handoffId;
    }

    /** What a phase was about: the article it last answered with and the conversation's intent (either may be null). */
    record Involved(String articleId, String intent) {
    }

    UUID getId() {
        return id;
    }

    UUID getConversationId() {
        return conversationId;
    }

    SurveyPhase getPhase() {
        return phase;
    }

    String getAgentName() {
        return agentName;
    }

    String getStatus() {
        return status;
    }

    Integer getRating() {
        return rating;
    }

    String getComment() {
        return comment;
    }

    boolean isOpen() {
        return OFFERED.equals(status);
    }
}
