package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.Reception;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.bot.persona.PersonaCard;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customer's side of the chat: resume a conversation, send a message. */
@Controller
class ChatController {

    private static final Logger log = LoggerFactory.getLogger(ChatController.class);
    static final String EVENTS = "/queue/events";

    private final ConversationService conversations;
    private final CustomerMessageRules rules;
    private final CustomerEvents events;
    private final BotVoice voice;
    private final ChatProperties properties;
    private final ApplicationEventPublisher publisher;
    private final BotAnswers answers;
    private final ObjectProvider<CustomerSurveys> surveys;

    ChatController(ConversationService conversations, CustomerMessageRules rules, CustomerEvents events,
                   BotVoice voice, ChatProperties properties, ApplicationEventPublisher publisher, BotAnswers answers,
                   ObjectProvider<CustomerSurveys> surveys) {
        this.surveys = surveys;
        this.publisher = publisher;
        this.answers = answers;
        this.conversations = conversations;
        this.rules = rules;
        this.events = events;
        this.voice = voice;
        this.properties = properties;
    }

    @MessageMapping("chat.resume")
    @SendToUser(destinations = EVENTS, broadcast = false)
    ChatEvent resume(@Payload(required = false) ResumeRequest request, Principal principal) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        long afterSeq = request == null || request.afterSeq() == null ? 0 : Math.max(0, request.afterSeq());
        List<ChatEvent.Posted> missed = conversations.resume(customer.conversationId(), afterSeq).stream()
                .map(ChatEvent.Posted::of).toList();
        PersonaCard bot = PersonaCard.of(voice);
        // A survey offered while no widget was open (or before a reload) is shown again.
        CustomerSurveys surveyDesk = surveys.getIfAvailable();
        ChatEvent.Survey survey = surveyDesk == null ? null : surveyDesk.open(customer.conversationId())
                .map(s -> ChatEvent.Survey.of(s, surveyDesk.maxCommentChars(), voice)).orElse(null);
        return new ChatEvent.Session(customer.token(), customer.started(), new ChatEvent.Bot(bot.name(), bot.avatarUrl()),
                missed, survey);
    }

    @MessageMapping("chat.send")
    void send(@Payload CustomerMessage message, Principal principal, SimpMessageHeaderAccessor headers) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        Optional<CustomerMessageRules.Violation> violation = rules.check(message);
        if (violation.isPresent()) {
            events.toSession(customer, headers.getSessionId(), rejection(violation.get(), message));
            return;
        }
        CustomerInput.Choice choice = message.choice() == null ? null
                : new CustomerInput.Choice(message.choice().action(), message.choice().value());
        Reception reception = conversations.accept(customer.conversationId(),
                new CustomerInput(message.clientMessageId(), rules.clean(message.text()), choice));
        if (reception.duplicate()) {
            // The stored message doubles as the acknowledgement the client is waiting for.
            events.toSession(customer, headers.getSessionId(), ChatEvent.Posted.of(reception.message()));
        }
        if (!reception.answered()) {
            events.toConversation(customer.conversationId(), new ChatEvent.Typing("BOT", null, true));
            // Off the inbound channel: this thread goes back to reading frames while the answer is worked out.
            answers.answerLater(customer, headers.getSessionId(), reception.message().seq());
        }
    }

    /** The customer is typing (or stopped): shown to the person handling the conversation, if any. */
    @MessageMapping("chat.typing")
    void typing(@Payload(required = false) TypingRequest request, Principal principal) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        publisher.publishEvent(new CustomerTyping(customer.conversationId(), request != null && Boolean.TRUE.equals(request.active())));
    }

    @MessageMapping("chat.feedback")
    void feedback(@Payload FeedbackRequest request, Principal principal, SimpMessageHeaderAccessor headers) {
        CustomerPrincipal customer = (CustomerPrincipal) principal;
        if (request == null || request.seq() == null || request.helpful() == null
                || !conversations.feedback(customer.conversationId(), request.seq(), request.helpful())) {
            events.toSession(customer, headers.getSessionId(), new ChatEvent.Error("malformed",
                    voice.say(TemplateKey.ERROR_UNSUPPORTED_MESSAGE, 0).text(), null));
        }
    }

    @MessageExceptionHandler({MessageConversionException.class, MethodArgumentNotValidException.class})
    @SendToUser(destinations = EVENTS, broadcast = false)
    ChatEvent malformed(Exception e) {
        // Not the exception's message: the JSON parser quotes the customer's text in it, unmasked and unescaped.
        log.info("Rejected a malformed customer frame: {}", e.getClass().getSimpleName());
        return new ChatEvent.Error("malformed", voice.say(TemplateKey.ERROR_UNSUPPORTED_MESSAGE, 0).text(), null);
    }

    @MessageExceptionHandler
    @SendToUser(destinations = EVENTS, broadcast = false)
    ChatEvent failed(Exception e) {
        log.error("Could not handle a customer frame", e);
        return new ChatEvent.Error("temporary", voice.say(TemplateKey.ERROR_TEMPORARY, 0).text(), null);
    }

    private ChatEvent.Error rejection(CustomerMessageRules.Violation violation, CustomerMessage message) {
        String clientMessageId = message == null ? null : message.clientMessageId();
        return switch (violation) {
            case EMPTY -> new ChatEvent.Error("empty", voice.say(TemplateKey.ERROR_EMPTY_MESSAGE, 0).text(),
                    clientMessageId);
            case TOO_LONG -> new ChatEvent.Error("too_long", voice.say(TemplateKey.ERROR_MESSAGE_TOO_LONG,
                    Map.of("maxLength", String.valueOf(properties.maxMessageChars())), 0).text(), clientMessageId);
            case MISSING_CLIENT_MESSAGE_ID, UNSUPPORTED -> new ChatEvent.Error("malformed",
                    voice.say(TemplateKey.ERROR_UNSUPPORTED_MESSAGE, 0).text(), null);
        };
    }
}
