package org.shopchat.bot.chat;

import java.util.Optional;
import java.util.UUID;

/**
 * The satisfaction survey as the chat transport needs it; the analytics module implements it (the chat module does
 * not know where surveys are kept or when they are due). Frames and their validation: {@link SurveyController}.
 */
public interface CustomerSurveys {

    /** Longest comment accepted, in characters. */
    int maxCommentChars();

    /** The survey this conversation was offered and has neither answered nor skipped, if any. */
    Optional<SurveyPrompt> open(UUID conversationId);

    /** The customer ended the chat: the survey due now (offered at this moment, or still open), if any. */
    Optional<SurveyPrompt> endOfChat(UUID conversationId);

    /** Stores a rating (1..5, checked by the caller) and an optional comment on this conversation's survey. */
    Outcome answer(UUID conversationId, UUID surveyId, int rating, String comment);

    /** The customer chose not to answer; the survey is closed without a rating. */
    Outcome skip(UUID conversationId, UUID surveyId);

    enum Outcome {
        /** Stored; the survey is closed. */
        RECORDED,
        /** No survey with this id in this conversation. */
        UNKNOWN,
        /** Answered or skipped before: the first answer stands. */
        CLOSED
    }

    /**
     * A survey offered to the customer.
     *
     * @param phase     {@code BOT} (end of a conversation the bot handled alone) or {@code AGENT} (after a hand-over)
     * @param agentName the agent's display name for phase AGENT, else null
     */
    record SurveyPrompt(UUID surveyId, String phase, String agentName) {
    }
}
