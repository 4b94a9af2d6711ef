package org.shopchat.bot.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a conversation. {@code seq} orders it within the conversation; a customer message carries the
 * id its client generated so that a resend is recognised. A bot message records what produced it.
 */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(nullable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Sender sender;

    @Column(nullable = false, length = 8000)
    private String text;

    /** Display name of the person who wrote an agent message. */
    @Column(length = 80)
    private String author;

    @Column(name = "client_message_id", length = 64)
    private String clientMessageId;

    @Column(name = "template_id", length = 80)
    private String templateId;

    @Column(name = "template_revision")
    private Integer templateRevision;

    @Column(length = 40)
    private String act;

    @Column(name = "article_id", length = 80)
    private String articleId;

    @Column(name = "article_revision")
    private Integer articleRevision;

    @Column(length = 64)
    private String intent;

    private Double confidence;

    @Column(name = "retrieval_score")
    private Double retrievalScore;

    /** Buttons, article link and cards shown with a bot message, as JSON. */
    @Column(length = 8000)
    private String attachments;

    /** The quick reply a customer pressed to send this message, if any. */
    @Column(name = "choice_action", length = 32)
    private String choiceAction;

    @Column(name = "choice_value", length = 64)
    private String choiceValue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the bot (or an agent) answered this customer message; null while unanswered. */
    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Message() {
    }

    private Message(UUID conversationId, long seq, Sender sender, String text, Instant createdAt) {
        this.conversationId = conversationId;
        this.seq = seq;
        this.sender = sender;
        this.text = text;
        this.createdAt = createdAt;
    }

    static Message fromCustomer(Conversation conversation, long seq, CustomerInput input, Instant now) {
        Message message = new Message(conversation.getId(), seq, Sender.CUSTOMER, input.text(), now);
        message.clientMessageId = input.clientMessageId();
        if (input.choice() != null) {
            message.choiceAction = input.choice().action();
            message.choiceValue = input.choice().value();
        }
        return message;
    }

    static Message fromAgent(Conversation conversation, long seq, String agentName, String text, Instant now) {
        Message message = new Message(conversation.getId(), seq, Sender.AGENT, text, now);
        message.author = agentName;
        return message;
    }

    void attach(String attachmentsJson) {
        attachments = attachmentsJson;
    }

    String getAuthor() {
        return author;
    }

    static Message fromBot(Conversation conversation, long seq, BotReply reply, String attachmentsJson, Instant now) {
        Message message = new Message(conversation.getId(), seq, Sender.BOT, reply.text(), now);
        BotReply.Provenance p = reply.provenance();
        message.act = p.act();
        message.templateId = p.templateId();
        message.templateRevision = p.templateRevision();
        message.articleId = p.articleId();
        message.articleRevision = p.articleRevision();
        message.intent = p.intent();
        message.confidence = p.confidence();
        message.retrievalScore = p.retrievalScore();
        message.attachments = attachmentsJson;
        return message;
    }

    BotReply.Provenance provenance() {
        return new BotReply.Provenance(act, templateId, templateRevision, articleId, articleRevision, intent,
                confidence, retrievalScore);
    }

    String getAttachmentsJson() {
        return attachments;
    }

    CustomerInput.Choice choice() {
        return choiceAction == null ? null : new CustomerInput.Choice(choiceAction, choiceValue);
    }

    void markAnswered(Instant now) {
        answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public long getSeq() {
        return seq;
    }

    public Sender getSender() {
        return sender;
    }

    public String getText() {
        return text;
    }

    public String getClientMessageId() {
        return clientMessageId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public Integer getTemplateRevision() {
        return templateRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
