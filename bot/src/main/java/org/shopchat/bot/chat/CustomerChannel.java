package org.shopchat.bot.chat;

import org.shopchat.bot.persona.BotVoice;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * What other modules may push to a customer's open connections besides stored messages (which arrive by
 * themselves once committed): the typing indicator of whoever is answering, satisfaction surveys.
 */
@Service
public class CustomerChannel {

    private final CustomerEvents events;
    private final BotVoice voice;

    CustomerChannel(CustomerEvents events, BotVoice voice) {
        this.events = events;
        this.voice = voice;
    }

    /**
     * @param sender {@code BOT} or {@code AGENT}
     * @param author the agent's display name, or null for the bot
     */
    public void typing(UUID conversationId, String sender, String author, boolean active) {
        events.toConversation(conversationId, new ChatEvent.Typing(sender, author, active));
    }

    /** Shows the survey in every open widget of the conversation. */
    public void surveyOffered(UUID conversationId, CustomerSurveys.SurveyPrompt survey, int maxCommentChars) {
        events.toConversation(conversationId, ChatEvent.Survey.of(survey, maxCommentChars, voice));
    }

    /** The conversation of a customer's STOMP session, or empty for anyone else (e.g. a console user). */
    public static java.util.Optional<UUID> conversationOf(java.security.Principal principal) {
        return principal instanceof CustomerPrincipal customer ? java.util.Optional.of(customer.conversationId())
                : java.util.Optional.empty();
    }
}
