package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.orders.OrderDetails;
import org.shopchat.bot.orders.OrderLookup;
import org.shopchat.bot.orders.OrderStatus;
import org.shopchat.bot.orders.OrderVerification;
import org.shopchat.bot.orders.VerificationResult;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.intents.EmailAddress;
import org.shopchat.intents.OrderNumber;
import org.shopchat.intents.Postcode;
import org.shopchat.intents.Understanding;
import org.shopchat.kb.TemplateKey;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * "Where is my order?": asks for the order number, checks the customer's identity (the e-mail address or postcode
 * on the order) before showing anything, then shows the status with a timeline card. Never tells an unverified
 * customer whether an order number exists.
 */
@Component
class OrderStatusFlow {

    static final String FLOW = "ORDER_STATUS";
    static final String AWAIT_ORDER_NUMBER = "AWAIT_ORDER_NUMBER";
    static final String AWAIT_VERIFICATION = "AWAIT_VERIFICATION";

    private static final Pattern LOOKS_LIKE_ORDER_NUMBER = Pattern.compile("(?i)\\b(nw)?[- #]?\\d{3,9}\\b");
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final OrderLookup orders;
    private final OrderVerification verification;
    private final BotVoice voice;

    OrderStatusFlow(OrderLookup orders, OrderVerification verification, BotVoice voice) {
        this.orders = orders;
        this.verification = verification;
        this.voice = voice;
    }

    /** Starts (or restarts) the flow for a customer asking about an order. */
    BotReply start(ConversationView conversation, DialogueState state, Understanding understanding, int seed) {
        // An order discussed earlier in the conversation is the one meant, unless the customer names another.
        Optional<String> named = orderNumber(understanding).or(() -> Optional.ofNullable(state.orderNumber()));
        if (named.isEmpty()) {
            state.enter(FLOW, AWAIT_ORDER_NUMBER, null);
            return voice.say(TemplateKey.ASK_ORDER_NUMBER, seed);
        }
        return forOrder(conversation, state, named.get(), understanding, seed);
    }

    /** Continues the flow with the customer's answer to the bot's last question. */
    Optional<BotReply> resume(ConversationView conversation, DialogueState state, Understanding understanding, int seed) {
        UUID conversationId = conversation.id();
        if (!FLOW.equals(state.flow())) {
            return Optional.empty();
        }
        Optional<String> named = orderNumber(understanding);
        if (named.isPresent()) {
            return Optional.of(forOrder(conversation, state, named.get(), understanding, seed));
        }
        if (AWAIT_ORDER_NUMBER.equals(state.step()) && LOOKS_LIKE_ORDER_NUMBER.matcher(understanding.text()).find()) {
            return Optional.of(voice.say(TemplateKey.ORDER_NUMBER_INVALID, Map.of("example", "NW-123456"), seed));
        }
        if (AWAIT_VERIFICATION.equals(state.step()) && identity(understanding).isPresent()) {
            return Optional.of(verify(conversationId, state, state.orderNumber(), identity(understanding).get(), seed));
        }
        return Optional.empty();
    }

    private BotReply forOrder(ConversationView conversation, DialogueState state, String orderNumber,
                              Understanding understanding, int seed) {
        UUID conversationId = conversation.id();
        state.enter(FLOW, AWAIT_VERIFICATION, orderNumber);
        if (verification.isVerified(conversationId, orderNumber) || isOwnOrder(conversation, orderNumber)) {
            return status(state, orderNumber, seed);
        }
        if (verification.isLocked(conversationId)) {
            return locked(state, seed);
        }
        Optional<String> identity = identity(understanding);
        if (identity.isPresent()) {
            return verify(conversationId, state, orderNumber, identity.get(), seed);
        }
        return voice.say(TemplateKey.ASK_ORDER_VERIFICATION, Map.of("orderNumber", orderNumber), seed);
    }

    /** A customer the shop identified needs no identity check for their own orders. */
    private boolean isOwnOrder(ConversationView conversation, String orderNumber) {
        return conversation.customerId() != null && CustomerId.isWellFormed(conversation.customerId())
                && verification.verifyOwnOrder(conversation.id(), new CustomerId(conversation.customerId()), orderNumber);
    }

    private BotReply verify(UUID conversationId, DialogueState state, String orderNumber, String identity, int seed) {
        VerificationResult result = verification.verify(conversationId, orderNumber, identity);
        return switch (result) {
            case VERIFIED -> status(state, orderNumber, seed);
            case MISMATCH -> voice.say(TemplateKey.ORDER_VERIFICATION_FAILED, seed);
            case LOCKED -> locked(state, seed);
        };
    }

    private BotReply locked(DialogueState state, int seed) {
        state.leaveFlow();
        state.failed();
        return voice.say(TemplateKey.ORDER_VERIFICATION_LOCKED, seed)
                .withQuickReplies(List.of(new QuickReply(voice.label(TemplateKey.BUTTON_TALK_TO_PERSON), "intent",
                        "contact_human_agent")));
    }

    /** The status of a verified order, in words and as a timeline card. */
    BotReply status(DialogueState state, String orderNumber, int seed) {
        state.leaveFlow();
        OrderDetails order = orders.findByNumber(orderNumber)
                .orElseThrow(() -> new IllegalStateException("verified order " + orderNumber + " has disappeared"));
        String eta = order.estimatedDelivery() == null ? "" : DAY.format(order.estimatedDelivery());
        BotReply reply;
        if (order.status() == OrderStatus.DELIVERED) {
            String delivered = order.deliveredAt().map(at -> DAY.format(at.atZone(SHOP_ZONE))).orElse(eta);
            reply = voice.say(TemplateKey.ORDER_DELIVERED, Map.of("orderNumber", orderNumber, "deliveredDate", delivered), seed);
        } else if (order.status() == OrderStatus.CANCELLED) {
            reply = voice.say(TemplateKey.ORDER_CANCELLED, Map.of("orderNumber", orderNumber), seed);
        } else if (order.delayed()) {
            LocalDate lostFrom = order.treatedAsLostFrom();
            reply = voice.say(TemplateKey.ORDER_DELAYED_REASSURANCE, Map.of("orderNumber", orderNumber,
                    "eta", lostFrom == null ? eta : DAY.format(lostFrom)), seed);
        } else if (order.tracking().isPresent()) {
            reply = voice.say(TemplateKey.ORDER_STATUS_SHIPPED, Map.of("orderNumber", orderNumber,
                    "carrier", order.tracking().get().carrier(), "trackingNumber", order.tracking().get().trackingNumber(),
                    "eta", eta), seed);
        } else {
            reply = voice.say(TemplateKey.ORDER_STATUS, Map.of("orderNumber", orderNumber,
                    "status", statusLabel(order.status()), "eta", eta), seed);
        }
        return new BotReply(reply.text(), reply.provenance(), Attachments.NONE.withOrder(card(order, eta)));
    }

    private Attachments.OrderCard card(OrderDetails order, String eta) {
        List<Attachments.OrderCard.TimelineEntry> timeline = order.timeline().stream()
                .map(change -> new Attachments.OrderCard.TimelineEntry(statusLabel(change.status()),
                        MOMENT.format(change.at().atZone(SHOP_ZONE))))
                .toList();
        return new Attachments.OrderCard(order.orderNumber(), statusLabel(order.status()),
                order.tracking().map(t -> t.carrier()).orElse(null),
                order.tracking().map(t -> t.trackingNumber()).orElse(null),
                order.tracking().map(t -> t.trackingUrl().toString()).orElse(null),
                eta.isEmpty() ? null : eta, order.delayed(), timeline);
    }

    String statusLabel(OrderStatus status) {
        return voice.label(TemplateKey.valueOf("STATUS_" + status.name()));
    }

    private static Optional<String> orderNumber(Understanding understanding) {
        return understanding.entitiesOf(OrderNumber.class).stream().map(OrderNumber::value).findFirst();
    }

    private static Optional<String> identity(Understanding understanding) {
        return understanding.entitiesOf(EmailAddress.class).stream().map(EmailAddress::value).findFirst()
                .or(() -> understanding.entitiesOf(Postcode.class).stream().map(Postcode::value).findFirst());
    }
}
