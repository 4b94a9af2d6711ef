package org.shopchat.bot.analytics;

import org.shopchat.bot.chat.CustomerSurveys;
import org.shopchat.bot.dialogue.DialogueProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Offers, stores and closes satisfaction surveys: one for the bot at the end of a conversation no person took part
 * in, one per hand-over after the agent resolved it (docs/metrics.md, "Surveys"). The first answer (or skip) of a
 * survey stands; later ones are refused.
 */
@Service
class Surveys implements CustomerSurveys {

    private final SurveyRepository surveys;
    private final JdbcTemplate jdbc;
    private final AnalyticsProperties properties;
    private final DialogueProperties dialogue;
    private final Clock clock;

    Surveys(SurveyRepository surveys, JdbcTemplate jdbc, AnalyticsProperties properties, DialogueProperties dialogue,
            Clock clock) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.properties = properties;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    @Override
    public int maxCommentChars() {
        return properties.surveyCommentMaxChars();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SurveyPrompt> open(UUID conversationId) {
        return surveys.findByConversationIdAndStatusOrderByOfferedAtDesc(conversationId, Survey.OFFERED).stream()
                .findFirst().map(Surveys::prompt);
    }

    @Override
    @Transactional
    public Optional<SurveyPrompt> endOfChat(UUID conversationId) {
        // Called on this bean itself: offerBot runs in this transaction here.
        return open(conversationId).or(() -> offerBot(conversationId));
    }

    /**
     * A new transaction of its own: also called after the triggering transaction committed (see SurveyTriggers).
     * The bot's survey, when the conversation is due one: the customer wrote at least once, no person was ever asked
     * for (no hand-over, no offline message), and no bot survey was offered before.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<SurveyPrompt> offerBot(UUID conversationId) {
        if (surveys.findByConversationIdAndPhaseKey(conversationId, Survey.botKey()).isPresent()) {
            return Optional.empty();
        }
        Integer customerMessages = jdbc.queryForObject("select count(*) from message where conversation_id = ?"
                + " and sender = 'CUSTOMER'", Integer.class, conversationId);
        Integer people = jdbc.queryForObject("select (select count(*) from handoff where conversation_id = ?)"
                + " + (select count(*) from offline_ticket where conversation_id = ?)", Integer.class,
                conversationId, conversationId);
        if (customerMessages == null || customerMessages == 0 || people == null || people > 0) {
            return Optional.empty();
        }
        return Optional.of(prompt(surveys.saveAndFlush(Survey.ofBot(conversationId, involved(conversationId),
                clock.instant()))));
    }

    /** The agent's survey for a resolved hand-over, once per hand-over. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<SurveyPrompt> offerAgent(UUID conversationId, UUID handoffId, String agentUsername) {
        if (surveys.findByConversationIdAndPhaseKey(conversationId, Survey.agentKey(handoffId)).isPresent()) {
            return Optional.empty();
        }
        List<String> names = jdbc.queryForList("select claimed_by_name from handoff where id = ?", String.class,
                handoffId);
        String agentName = names.isEmpty() ? null : names.getFirst();
        return Optional.of(prompt(surveys.saveAndFlush(Survey.ofAgent(conversationId, handoffId, agentUsername,
                agentName, involved(conversationId), clock.instant()))));
    }

    @Override
    @Transactional
    public Outcome answer(UUID conversationId, UUID surveyId, int rating, String comment) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5");
        }
        return close(conversationId, surveyId, Survey.ANSWERED, rating, comment);
    }

    @Override
    @Transactional
    public Outcome skip(UUID conversationId, UUID surveyId) {
        return close(conversationId, surveyId, Survey.SKIPPED, null, null);
    }

    private Outcome close(UUID conversationId, UUID surveyId, String status, Integer rating, String comment) {
        Optional<Survey> survey = surveys.findById(surveyId).filter(s -> s.getConversationId().equals(conversationId));
        if (survey.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        return surveys.close(surveyId, status, rating, comment, clock.instant()) == 1 ? Outcome.RECORDED
                : Outcome.CLOSED;
    }

    /** The article the bot last answered with, and the conversation's intent (docs/metrics.md). */
    private Survey.Involved involved(UUID conversationId) {
        List<String> articles = jdbc.queryForList("select article_id from message where conversation_id = ?"
                + " and article_id is not null order by seq desc fetch first 1 rows only", String.class, conversationId);
        List<String> intents = jdbc.query("select intent, confidence, out_of_scope from turn where conversation_id = ?"
                        + " order by message_seq",
                (row, n) -> ConversationIntent.counts(row.getString("intent"), row.getObject("confidence", Double.class),
                        row.getBoolean("out_of_scope"), dialogue.minConfidence()) ? row.getString("intent") : null,
                conversationId);
        String intent = intents.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new Survey.Involved(articles.isEmpty() ? null : articles.getFirst(), intent);
    }

    private static SurveyPrompt prompt(Survey survey) {
        return new SurveyPrompt(survey.getId(), survey.getPhase().name(), survey.getAgentName());
    }
}
