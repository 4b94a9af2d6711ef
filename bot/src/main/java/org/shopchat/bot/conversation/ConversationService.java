package org.shopchat.bot.conversation;

import org.springframework.beans.factory.ObjectProvider;
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
    /**
     * Looked up when first needed: the responder (the dialogue) itself uses this service, directly and through
     * the escalation module, so it cannot be a constructor dependency.
     */
    private final ObjectProvider<Responder> responderProvider;
    private final MessageViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationService(ConversationRepository conversations, MessageRepository messages,
                        ObjectProvider<Responder> responder,
                        MessageViews views, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.responderProvider = responder;
        this.views = views;
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

    /**
     * Records which shop customer this conversation belongs to (from a verified signed token). A conversation
     * already tied to another customer is not handed over: a new one is opened instead.
     *
     * @return the conversation to use: this one, or a fresh one for the identified customer
     */
    @Transactional
    public OpenedConversation identify(OpenedConversation opened, String shopCustomerId) {
        Conversation conversation = lock(opened.id());
        if (conversation.getCustomerId() == null || conversation.getCustomerId().equals(shopCustomerId)) {
            conversation.identify(shopCustomerId);
            return opened;
        }
        ConversationToken fresh = ConversationToken.random();
        Conversation started = new Conversation(fresh, clock.instant());
        started.identify(shopCustomerId);
        conversations.save(started);
        return new OpenedConversation(started.getId(), fresh, true);
    }

    @Transactional(readOnly = true)
    public Optional<ConversationView> find(UUID conversationId) {
        return conversations.findById(conversationId).map(ConversationView::of);
    }

    /** Messages after {@code afterSeq}, in order; greets the customer first if the conversation is still empty. */
    @Transactional
    public List<MessageView> resume(UUID conversationId, long afterSeq) {
        Conversation conversation = lock(conversationId);
        if (conversation.getLastSeq() == 0) {
            BotReply welcome = responder().welcome(ConversationView.of(conversation));
            postBot(conversation, welcome);
        }
        return messages.findByConversationIdAndSeqGreaterThanOrderBySeq(conversationId, Math.max(0, afterSeq))
                .stream().map(views::of).toList();
    }

    /** Stores a customer message once per client message id. */
    @Transactional
    public Reception accept(UUID conversationId, CustomerInput input) {
        Conversation conversation = lock(conversationId);
        Optional<Message> earlier = messages.findByConversationIdAndClientMessageId(conversationId,
                input.clientMessageId());
        if (earlier.isPresent()) {
            return new Reception(views.of(earlier.get()), true, earlier.get().isAnswered());
        }
        Instant now = clock.instant();
        Message message = post(Message.fromCustomer(conversation, conversation.nextSeq(now), input, now));
        return new Reception(views.of(message), false, false);
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
        Optional<BotReply> reply = responder().answer(ConversationView.of(conversation), views.of(question));
        // Marked answered even when the bot stays silent: the person handling the conversation answers instead,
        // and a resend must not wake the bot.
        question.markAnswered(clock.instant());
        reply.ifPresent(r -> postBot(conversation, r));
    }

    /** Posts a message written by a person (an agent) under their display name. */
    @Transactional
    public MessageView postFromAgent(UUID conversationId, String agentName, String text) {
        return postFromAgent(conversationId, agentName, text, Attachments.NONE);
    }

    /** Posts an agent's message with a card, e.g. the link of a knowledge article the agent chose to send. */
    @Transactional
    public MessageView postFromAgent(UUID conversationId, String agentName, String text, Attachments attachments) {
        Conversation conversation = lock(conversationId);
        Instant now = clock.instant();
        Message message = Message.fromAgent(conversation, conversation.nextSeq(now), agentName, text, now);
        message.attach(views.toJson(attachments));
        return views.of(post(message, attachments), attachments);
    }

    /**
     * Records the customer's "did this help?" on a bot message of this conversation and stores the bot's
     * acknowledgement. Feedback on a message that is not an article answer of this conversation is refused.
     *
     * @return false when {@code seq} is not an article answer in this conversation
     */
    @Transactional
    public boolean feedback(UUID conversationId, long seq, boolean helpful) {
        Conversation conversation = lock(conversationId);
        Optional<Message> answered = messages.findByConversationIdAndSeq(conversationId, seq)
                .filter(m -> m.getSender() == Sender.BOT && m.provenance().articleId() != null);
        if (answered.isEmpty()) {
            return false;
        }
        postBot(conversation, responder().feedback(ConversationView.of(conversation), views.of(answered.get()), helpful));
        return true;
    }

    /** Posts a message from the bot that no customer message asked for (e.g. a proactive order update). */
    @Transactional
    public void postFromBot(UUID conversationId, BotReply reply) {
        postBot(lock(conversationId), reply);
    }

    @Transactional(readOnly = true)
    public List<MessageView> history(UUID conversationId) {
        return messages.findByConversationIdAndSeqGreaterThanOrderBySeq(conversationId, 0).stream()
                .map(views::of).toList();
    }

    private Responder responder() {
        return responderProvider.getObject();
    }

    private Conversation lock(UUID conversationId) {
        return conversations.lockById(conversationId)
                .orElseThrow(() -> new UnknownConversationException(conversationId));
    }

    private void postBot(Conversation conversation, BotReply reply) {
        Instant now = clock.instant();
        post(Message.fromBot(conversation, conversation.nextSeq(now), reply, views.toJson(reply.attachments()), now),
                reply.attachments());
    }

    private Message post(Message message) {
        return post(message, Attachments.NONE);
    }

    private Message post(Message message, Attachments attachments) {
        Message stored = messages.save(message);
        events.publishEvent(new MessagePosted(views.of(stored, attachments)));
        return stored;
    }
}
