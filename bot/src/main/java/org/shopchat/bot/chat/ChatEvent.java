package org.shopchat.bot.chat;

import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.MessageView;

import java.time.Instant;
import java.util.List;

/**
 * Everything the server sends to a customer on {@code /user/queue/events}; {@code type} tells which kind.
 * See docs/protocol.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
sealed interface ChatEvent {

    String type();

    /** Answer to {@code /app/chat.resume}: the conversation token to keep, the bot's persona and missed messages. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Session(String type, String token, boolean started, Bot bot, List<Posted> messages, Survey survey)
            implements ChatEvent {
        Session(String token, boolean started, Bot bot, List<Posted> messages, Survey survey) {
            this("session", token, started, bot, messages, survey);
        }
    }

    /** A satisfaction survey to show (docs/protocol.md); answered with {@code /app/chat.survey}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Survey(String type, String surveyId, String phase, String agentName, int commentMaxChars, String question)
            implements ChatEvent {
        /** The question is the editors' {@code csat-prompt} template, one variant per survey. */
        static Survey of(CustomerSurveys.SurveyPrompt prompt, int commentMaxChars, BotVoice voice) {
            return new Survey("survey", prompt.surveyId().toString(), prompt.phase(), prompt.agentName(),
                    commentMaxChars, voice.say(TemplateKey.CSAT_PROMPT, prompt.surveyId().hashCode()).text());
        }
    }

    /**
     * A survey is closed (answered or skipped, possibly in another tab): stop showing it; {@code thanks} (the
     * {@code csat-thanks} template) when it was answered.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SurveyClosed(String type, String surveyId, String status, String thanks) implements ChatEvent {
        SurveyClosed(String surveyId, String status, String thanks) {
            this("survey_closed", surveyId, status, thanks);
        }
    }

    /**
     * Answer to {@code /app/chat.end}: the chat is over for now; {@code survey} when one is due, otherwise
     * {@code text}, the bot's goodbye.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ended(String type, Survey survey, String text) implements ChatEvent {
        Ended(Survey survey, String text) {
            this("ended", survey, text);
        }
    }

    record Bot(String name, String avatarUrl) {
    }

    /** A stored message; for the customer's own message it is also the acknowledgement of {@code clientMessageId}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Posted(String type, long seq, String sender, String author, String text, String clientMessageId,
                  Instant createdAt, Attachments attachments) implements ChatEvent {
        static Posted of(MessageView message) {
            return new Posted("message", message.seq(), message.sender().name(), message.author(), message.text(),
                    message.clientMessageId(), message.createdAt(),
                    message.attachments() == null || message.attachments().isEmpty() ? null : message.attachments());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Typing(String type, String sender, String author, boolean active) implements ChatEvent {
        Typing(String sender, String author, boolean active) {
            this("typing", sender, author, active);
        }
    }

    /** A rejected frame: {@code code} for programs, {@code text} from the persona's templates for people. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String type, String code, String text, String clientMessageId) implements ChatEvent {
        Error(String code, String text, String clientMessageId) {
            this("error", code, text, clientMessageId);
        }
    }
}
