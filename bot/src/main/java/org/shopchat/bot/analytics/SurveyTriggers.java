package org.shopchat.bot.analytics;

import org.shopchat.bot.chat.CustomerChannel;
import org.shopchat.bot.chat.CustomerSurveys;
import org.shopchat.bot.conversation.MessagePosted;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.Sender;
import org.shopchat.bot.escalation.HandoffResolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * When a survey is due: the bot has just answered the customer's goodbye or thanks in a conversation no person took
 * part in, or an agent resolved a hand-over. Runs after the triggering transaction committed, so the survey comes
 * after the bot's (or the hand-back) message in the widget.
 */
@Component
class SurveyTriggers {

    private static final Logger log = LoggerFactory.getLogger(SurveyTriggers.class);
    static final Set<String> CLOSING_INTENTS = Set.of("goodbye", "thanks");
    static final String SMALL_TALK_ACT = "SMALL_TALK";

    private final Surveys surveys;
    private final CustomerChannel customers;

    SurveyTriggers(Surveys surveys, CustomerChannel customers) {
        this.surveys = surveys;
        this.customers = customers;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessagePosted posted) {
        MessageView message = posted.message();
        if (message.sender() != Sender.BOT || message.provenance() == null
                || !SMALL_TALK_ACT.equals(message.provenance().act())
                || !CLOSING_INTENTS.contains(message.provenance().intent())) {
            return;
        }
        offer(message.conversationId(), () -> surveys.offerBot(message.conversationId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffResolved resolved) {
        offer(resolved.conversationId(), () -> surveys.offerAgent(resolved.conversationId(), resolved.handoffId(),
                resolved.agentUsername()));
    }

    private void offer(java.util.UUID conversationId, Supplier<Optional<CustomerSurveys.SurveyPrompt>> due) {
        try {
            due.get().ifPresent(s -> customers.surveyOffered(conversationId, s, surveys.maxCommentChars()));
        } catch (DataIntegrityViolationException e) {
            // Offered at the same moment from another trigger (end-of-chat frame): that one stands.
            log.debug("Survey of conversation {} was offered concurrently", conversationId);
        }
    }
}
