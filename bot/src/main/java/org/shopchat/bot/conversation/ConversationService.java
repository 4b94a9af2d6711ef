package org.shopchat.bot.conversation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens conversations for connecting customers, stores their messages exactly once and in order, and stores the
 * bot's answers. Storing a customer message and answering it are separate transactions, so that a failure while
 * answering never loses what the customer wrote; a resend of an unanswered message gets its answer then.
 */
@Service
public class ConversationService {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Responder responder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationService(ConversationRepository conversations, MessageRepository messages, Responder responder,
                        ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.responder = responder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The conversation for a presented token, or a new one when there is none or it is unknown. An unknown token
     * starts a new conversation rather than failing, so a customer whose old conversation was removed can still chat.
     */
    @Transactional
    public OpenedConversation open(Optional<String> presentedToken) {
        Optional<ConversationToken> token = presentedToken.filter(ConversationToken::isWellFormed)
                .map(ConversationToken::new);
        Optional<Conversation> existing = token.flatMap(t -> conversations.findByTokenHash(t.hash()));
        if (existing.isPresent()) {
            return new OpenedConversation(existing.get().getId(), token.get(), false);
        }
        ConversationToken fresh = ConversationToken.random();
        Conversation conversation = conversations.save(new Conversation(fresh, clock.instant()));
        return new OpenedConversation(conversation.getId(), fresh, true);
    }

    /** Messages after {@code afterSeq}, in order; greets the customer first if the conversation is still empty. */
    @Transactional
    public List<MessageView> resume(UUID conversationId, long afterSeq) {
        Conversation conversation = lock(conversationId);
        if (conversation.getLastSeq() == 0) {
            BotReply welcome = responder.welcome(ConversationView.of(conversation));
            post(Message.fromBot(conversation, conversation.nextSeq(clock.instant()), welcome, clock.instant()));
        }
        return messages.findByConversationIdAndSeqGreaterThanOrderBySeq(conversationId, Math.max(0, afterSeq))
                .stream().map(MessageView::of).toList();
    }

    /** Stores a customer message once per client message id. */
    @Transactional
    public Reception accept(UUID conversationId, String clientMessageId, String text) {
        Conversation conversation = lock(conversationId);
        Optional<Message> earlier = messages.findByConversationIdAndClientMessageId(conversationId, clientMessageId);
        if (earlier.isPresent()) {
            return new Reception(MessageView.of(earlier.get()), true, earlier.get().isAnswered());
        }
        Instant now = clock.instant();
        Message message = post(Message.fromCustomer(conversation, conversation.nextSeq(now), clientMessageId, text, now));
        return new Reception(MessageView.of(message), false, false);
    }

    /** Produces and stores the bot's answer to a stored customer message, unless it was answered already. */
    @Transactional
    public void answer(UUID conversationId, long customerMessageSeq) {
        Conversation conversation = lock(conversationId);
        Message question = messages.findByConversationIdAndSeq(conversationId, customerMessageSeq)
                .filter(m -> m.getSender() == Sender.CUSTOMER)
                .orElseThrow(() -> new IllegalArgumentException("no customer message " + customerMessageSeq));
        if (question.isAnswered()) {
            return;
        }
        BotReply reply = responder.answer(ConversationView.of(conversation), MessageView.of(question));
        Instant now = clock.instant();
        question.markAnswered(now);
        post(Message.fromBot(conversation, conversation.nextSeq(now), reply, now));
    }

    @Transactional(readOnly = true)
    public List<MessageView> history(UUID conversationId) {
        return messages.findByConversationIdAndSeqGreaterThanOrderBySeq(conversationId, 0).stream()
                .map(MessageView::of).toList();
    }

    private Conversation lock(UUID conversationId) {
        return conversations.lockById(conversationId)
                .orElseThrow(() -> new UnknownConversationException(conversationId));
    }

    private Message post(Message message) {
        Message stored = messages.save(message);
        events.publishEvent(new MessagePosted(MessageView.of(stored)));
        return stored;
    }
}
