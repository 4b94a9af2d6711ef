package org.shopchat.bot.chat;

import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The satisfaction survey's frames: {@code chat.end} (the customer ends the chat; the survey due is shown) and
 * {@code chat.survey} (a rating with an optional comment, or a skip). Every field is checked here; what is stored and
 * when a survey is due is the {@link CustomerSurveys} implementation's business. docs/protocol.md.
 */
@Controller
class SurveyController {

    private static final Logger log = LoggerFactory.getLogger(SurveyController.class);
    private static final Pattern SURVEY_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private final ObjectProvider<CustomerSurveys> surveys;
    private final CustomerEvents events;
    private final BotVoice voice;

    SurveyController(ObjectProvider<CustomerSurveys> surveys, CustomerEvents events, BotVoice voice) {
        this.surveys = surveys;
        this.events = events;
        this.voice = voice;
    }

    @MessageMapping("chat.end")
    @SendToUser(destinations = ChatController.EVENTS, broadcast = false)
    ChatEvent end(Principal principal) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        CustomerSurveys desk = surveys.getObject();
        Optional<ChatEvent.Survey> survey = desk.endOfChat(customer.conversationId())
                .map(s -> ChatEvent.Survey.of(s, desk.maxCommentChars(), voice));
        return new ChatEvent.Ended(survey.orElse(null), survey.isPresent() ? null
                : voice.say(TemplateKey.GOODBYE, customer.conversationId().hashCode()).text());
    }

    @MessageMapping("chat.survey")
    void survey(@Payload SurveyRequest request, Principal principal, SimpMessageHeaderAccessor headers) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        CustomerSurveys desk = surveys.getObject();
        Optional<ChatEvent.Error> rejected = check(request, desk.maxCommentChars());
        if (rejected.isPresent()) {
            events.toSession(customer, headers.getSessionId(), rejected.get());
            return;
        }
        UUID surveyId = UUID.fromString(request.surveyId());
        boolean skip = Boolean.TRUE.equals(request.skip());
        CustomerSurveys.Outcome outcome = skip ? desk.skip(customer.conversationId(), surveyId)
                : desk.answer(customer.conversationId(), surveyId, ((Number) request.rating()).intValue(),
                        comment(request.comment()));
        switch (outcome) {
            case RECORDED -> events.toConversation(customer.conversationId(),
                    new ChatEvent.SurveyClosed(request.surveyId(), skip ? "SKIPPED" : "ANSWERED",
                            skip ? null : voice.say(TemplateKey.CSAT_THANKS, surveyId.hashCode()).text()));
            case UNKNOWN -> events.toSession(customer, headers.getSessionId(), error("survey_unknown"));
            case CLOSED -> events.toSession(customer, headers.getSessionId(), error("survey_closed"));
        }
    }

    private Optional<ChatEvent.Error> check(SurveyRequest request, int maxCommentChars) {
        if (request == null || request.surveyId() == null || !SURVEY_ID.matcher(request.surveyId()).matches()) {
            return Optional.of(error("malformed"));
        }
        if (Boolean.TRUE.equals(request.skip())) {
            return request.rating() == null && request.comment() == null ? Optional.empty()
                    : Optional.of(error("malformed"));
        }
        if (!(request.rating() instanceof Integer || request.rating() instanceof Long)
                || ((Number) request.rating()).longValue() < 1 || ((Number) request.rating()).longValue() > 5) {
            return Optional.of(error("survey_invalid_rating"));
        }
        if (request.comment() != null) {
            String comment = request.comment().strip();
            if (CONTROL.matcher(comment).find()) {
                return Optional.of(error("malformed"));
            }
            if (comment.codePointCount(0, comment.length()) > maxCommentChars) {
                return Optional.of(error("survey_comment_too_long"));
            }
        }
        return Optional.empty();
    }

    private static String comment(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // Stored and shown to staff like a chat message: card numbers never reach the database.
        return CardNumberMask.mask(raw.strip());
    }

    private ChatEvent.Error error(String code) {
        return new ChatEvent.Error(code, voice.say(TemplateKey.ERROR_UNSUPPORTED_MESSAGE, 0).text(), null);
    }

    @MessageExceptionHandler(MessageConversionException.class)
    @SendToUser(destinations = ChatController.EVENTS, broadcast = false)
    ChatEvent malformed(Exception e) {
        log.info("Rejected a malformed survey frame: {}", e.getClass().getSimpleName());
        return error("malformed");
    }
}
