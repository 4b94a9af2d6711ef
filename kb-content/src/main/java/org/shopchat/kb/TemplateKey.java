package org.shopchat.kb;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every dialogue act the bot can voice, with the placeholders the code binds when rendering it. The file
 * {@code kb/templates/<id>.md} holds its variants; a variant may use only the placeholders declared here.
 */
public enum TemplateKey {
    // Conversation, orders, hand-over, survey and error messages to the customer.
    GREETING(TemplateAudience.CUSTOMER, "botName"),
    GREETING_KNOWN_CUSTOMER(TemplateAudience.CUSTOMER, "customerName", "botName"),
    GOODBYE(TemplateAudience.CUSTOMER),
    THANKS_REPLY(TemplateAudience.CUSTOMER),
    ANYTHING_ELSE(TemplateAudience.CUSTOMER),
    NOT_UNDERSTOOD(TemplateAudience.CUSTOMER),
    REPHRASE_HELP(TemplateAudience.CUSTOMER),
    OFFER_HUMAN(TemplateAudience.CUSTOMER),
    OUT_OF_SCOPE(TemplateAudience.CUSTOMER, "botName"),
    CLARIFY(TemplateAudience.CUSTOMER, "optionA", "optionB"),
    ARTICLE_LEAD_IN(TemplateAudience.CUSTOMER, "title"),
    ARTICLE_NOT_FOUND(TemplateAudience.CUSTOMER),
    FEEDBACK_THANKS_HELPFUL(TemplateAudience.CUSTOMER),
    FEEDBACK_THANKS_UNHELPFUL(TemplateAudience.CUSTOMER),
    EMPATHY_APOLOGY(TemplateAudience.CUSTOMER),
    ASK_ORDER_NUMBER(TemplateAudience.CUSTOMER),
    ASK_ORDER_VERIFICATION(TemplateAudience.CUSTOMER, "orderNumber"),
    ORDER_VERIFICATION_FAILED(TemplateAudience.CUSTOMER),
    ORDER_VERIFICATION_LOCKED(TemplateAudience.CUSTOMER),
    ORDER_NUMBER_INVALID(TemplateAudience.CUSTOMER, "example"),
    ORDER_STATUS(TemplateAudience.CUSTOMER, "orderNumber", "status", "eta"),
    ORDER_STATUS_SHIPPED(TemplateAudience.CUSTOMER, "orderNumber", "carrier", "trackingNumber", "eta"),
    ORDER_DELAYED_REASSURANCE(TemplateAudience.CUSTOMER, "orderNumber", "eta"),
    ORDER_DELIVERED(TemplateAudience.CUSTOMER, "orderNumber", "deliveredDate"),
    ORDER_CANCELLED(TemplateAudience.CUSTOMER, "orderNumber"),
    CANCEL_CONFIRM(TemplateAudience.CUSTOMER, "orderNumber", "fee"),
    CANCEL_DONE(TemplateAudience.CUSTOMER, "orderNumber", "refundAmount"),
    CANCEL_NOT_POSSIBLE(TemplateAudience.CUSTOMER, "orderNumber", "status"),
    CANCEL_KEPT(TemplateAudience.CUSTOMER, "orderNumber"),
    ADDRESS_CHANGE_ASK(TemplateAudience.CUSTOMER, "orderNumber"),
    ADDRESS_CHANGE_DONE(TemplateAudience.CUSTOMER, "orderNumber", "address"),
    ADDRESS_CHANGE_NOT_POSSIBLE(TemplateAudience.CUSTOMER, "orderNumber", "status"),
    REFUND_STATUS(TemplateAudience.CUSTOMER, "orderNumber", "amount", "status", "date"),
    REFUND_NONE(TemplateAudience.CUSTOMER, "orderNumber"),
    ORDER_UPDATE_PROACTIVE(TemplateAudience.CUSTOMER, "orderNumber", "status"),
    HANDOVER_ACK(TemplateAudience.CUSTOMER),
    HANDOVER_QUEUE_POSITION(TemplateAudience.CUSTOMER, "position", "waitMinutes"),
    HANDOVER_CANCELLED(TemplateAudience.CUSTOMER),
    HANDOVER_STILL_WAITING(TemplateAudience.CUSTOMER, "position", "waitMinutes"),
    HANDOVER_BACK_IN_QUEUE(TemplateAudience.CUSTOMER, "agentName", "position", "waitMinutes"),
    AGENT_JOINED(TemplateAudience.CUSTOMER, "agentName"),
    AGENT_LEFT_BOT_BACK(TemplateAudience.CUSTOMER, "botName"),
    BOT_RESUMES_BRIEFING(TemplateAudience.CUSTOMER, "summary"),
    OFFLINE_OFFER(TemplateAudience.CUSTOMER, "openingHours"),
    OFFLINE_ASK_EMAIL(TemplateAudience.CUSTOMER),
    OFFLINE_EMAIL_INVALID(TemplateAudience.CUSTOMER),
    OFFLINE_TICKET_CREATED(TemplateAudience.CUSTOMER, "replyBy"),
    CSAT_PROMPT(TemplateAudience.CUSTOMER),
    CSAT_THANKS(TemplateAudience.CUSTOMER),
    ERROR_EMPTY_MESSAGE(TemplateAudience.CUSTOMER),
    ERROR_MESSAGE_TOO_LONG(TemplateAudience.CUSTOMER, "maxLength"),
    ERROR_UNSUPPORTED_MESSAGE(TemplateAudience.CUSTOMER),
    ERROR_RATE_LIMITED(TemplateAudience.CUSTOMER),
    ERROR_TEMPORARY(TemplateAudience.CUSTOMER),
    // Parts of the agent's one-line context summary, joined with "; " by the bot.
    SUMMARY_ORDER_DELAYED(TemplateAudience.AGENT, "orderNumber"),
    SUMMARY_ORDER_LOOKUP(TemplateAudience.AGENT, "orderNumber", "status"),
    SUMMARY_UNHELPFUL_ANSWERS(TemplateAudience.AGENT, "count"),
    SUMMARY_NOT_UNDERSTOOD(TemplateAudience.AGENT, "count"),
    SUMMARY_SENTIMENT(TemplateAudience.AGENT, "label"),
    SUMMARY_REASON(TemplateAudience.AGENT, "reason"),
    SUMMARY_TOPIC(TemplateAudience.AGENT, "intent"),
    SUMMARY_VERIFICATION_FAILED(TemplateAudience.AGENT, "count"),
    SUMMARY_VIP(TemplateAudience.AGENT),
    // Button captions, topic buttons and status words.
    BUTTON_YES(TemplateAudience.LABEL),
    BUTTON_NO(TemplateAudience.LABEL),
    BUTTON_SOMETHING_ELSE(TemplateAudience.LABEL),
    BUTTON_TALK_TO_PERSON(TemplateAudience.LABEL),
    BUTTON_HELPFUL(TemplateAudience.LABEL),
    BUTTON_NOT_HELPFUL(TemplateAudience.LABEL),
    BUTTON_READ_MORE(TemplateAudience.LABEL),
    BUTTON_CANCEL_WAITING(TemplateAudience.LABEL),
    BUTTON_LEAVE_MESSAGE(TemplateAudience.LABEL),
    BUTTON_SKIP(TemplateAudience.LABEL),
    TOPIC_ORDER_STATUS(TemplateAudience.LABEL),
    TOPIC_DELIVERY(TemplateAudience.LABEL),
    TOPIC_RETURNS(TemplateAudience.LABEL),
    TOPIC_PAYMENT(TemplateAudience.LABEL),
    TOPIC_ACCOUNT(TemplateAudience.LABEL),
    STATUS_PLACED(TemplateAudience.LABEL),
    STATUS_PACKING(TemplateAudience.LABEL),
    STATUS_SHIPPED(TemplateAudience.LABEL),
    STATUS_OUT_FOR_DELIVERY(TemplateAudience.LABEL),
    STATUS_DELIVERED(TemplateAudience.LABEL),
    STATUS_CANCELLED(TemplateAudience.LABEL),
    STATUS_RETURNED(TemplateAudience.LABEL),
    REFUND_STATUS_REQUESTED(TemplateAudience.LABEL),
    REFUND_STATUS_APPROVED(TemplateAudience.LABEL),
    REFUND_STATUS_PAID(TemplateAudience.LABEL),
    REFUND_STATUS_REJECTED(TemplateAudience.LABEL);

    private static final Map<String, TemplateKey> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TemplateKey::id, Function.identity()));

    private final TemplateAudience audience;
    private final Set<String> placeholders;

    TemplateKey(TemplateAudience audience, String... placeholders) {
        this.audience = audience;
        this.placeholders = Set.of(placeholders);
    }

    /** Lower-kebab id, also the template's file name: {@code ORDER_STATUS_SHIPPED} is {@code order-status-shipped}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Set<String> placeholders() {
        return placeholders;
    }

    public TemplateAudience audience() {
        return audience;
    }

    public static Optional<TemplateKey> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
