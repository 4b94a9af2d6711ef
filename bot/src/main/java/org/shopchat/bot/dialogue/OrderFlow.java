package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.Attachments;
import org.shopchat.bot.conversation.BotReply;
import org.shopchat.bot.conversation.ConversationView;
import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.conversation.QuickReply;
import org.shopchat.bot.orders.AddressChangeResult;
import org.shopchat.bot.orders.CancelResult;
import org.shopchat.bot.orders.DeliveryAddress;
import org.shopchat.bot.orders.OrderDetails;
import org.shopchat.bot.orders.RefundStatusResult;
import org.shopchat.bot.orders.UkPostcode;
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
 * Everything a customer does with one order — status, cancel, change the delivery address, refund status: asks for
 * the order number, checks the customer's identity (the e-mail address or postcode on the order) before showing or
 * changing anything, then does what was asked, with an explicit confirmation before cancelling. Never tells an
 * unverified customer whether an order number exists.
 */
@Component
class OrderFlow {

    /** What the customer wants to do with the order; the flow's name in the dialogue state. */
    enum Purpose { ORDER_STATUS, CANCEL_ORDER, CHANGE_ADDRESS, REFUND_STATUS }

    static final String AWAIT_ORDER_NUMBER = "AWAIT_ORDER_NUMBER";
    static final String AWAIT_VERIFICATION = "AWAIT_VERIFICATION";
    static final String AWAIT_CONFIRMATION = "AWAIT_CONFIRMATION";
    static final String AWAIT_ADDRESS = "AWAIT_ADDRESS";

    /** The intents that start each purpose. */
    static final Map<String, Purpose> PURPOSES = Map.of(
            "track_order", Purpose.ORDER_STATUS,
            "cancel_order", Purpose.CANCEL_ORDER,
            "change_shipping_address", Purpose.CHANGE_ADDRESS,
            "track_refund", Purpose.REFUND_STATUS);

    private static final Pattern LOOKS_LIKE_ORDER_NUMBER = Pattern.compile("(?i)\\b(nw)?[- #]?\\d{3,9}\\b");
    private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final OrderLookup orders;
    private final OrderVerification verification;
    private final BotVoice voice;

    OrderFlow(OrderLookup orders, OrderVerification verification, BotVoice voice) {
        this.orders = orders;
        this.verification = verification;
        this.voice = voice;
    }

    /** Starts (or restarts) the flow for a customer who wants {@code purpose} done with an order. */
    BotReply start(Purpose purpose, ConversationView conversation, DialogueState state, Understanding understanding,
                   int seed) {
        state.enter(purpose.name(), AWAIT_ORDER_NUMBER, null);
        // An order discussed earlier in the conversation is the one meant, unless the customer names another.
        Optional<String> named = orderNumber(understanding).or(() -> Optional.ofNullable(state.orderNumber()));
        if (named.isEmpty()) {
            return voice.say(TemplateKey.ASK_ORDER_NUMBER, seed);
        }
        return forOrder(conversation, state, named.get(), understanding, seed);
    }

    /**
     * The flow's first step as a replay takes it: no order is looked up and no identity checked (that would count
     * verification attempts), so a named order gets the identity question an unverified customer gets.
     */
    BotReply rehearse(Purpose purpose, ConversationView conversation, DialogueState state, Understanding understanding,
                      int seed) {
        state.enter(purpose.name(), AWAIT_ORDER_NUMBER, null);
        Optional<String> named = orderNumber(understanding).or(() -> Optional.ofNullable(state.orderNumber()));
        if (named.isEmpty()) {
            return voice.say(TemplateKey.ASK_ORDER_NUMBER, seed);
        }
        state.enter(state.flow(), AWAIT_VERIFICATION, named.get());
        return voice.say(TemplateKey.ASK_ORDER_VERIFICATION, Map.of("orderNumber", named.get()), seed);
    }

    /** Continues the flow with the customer's answer to the bot's last question. */
    Optional<BotReply> resume(ConversationView conversation, DialogueState state, Understanding understanding, int seed) {
        UUID conversationId = conversation.id();
        Optional<Purpose> purpose = purpose(state);
        if (purpose.isEmpty()) {
            return Optional.empty();
        }
        if (AWAIT_CONFIRMATION.equals(state.step())) {
            return confirmation(state, understanding, seed);
        }
        if (AWAIT_ADDRESS.equals(state.step())) {
            return newAddress(state, understanding, seed);
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
        state.enter(state.flow(), AWAIT_VERIFICATION, orderNumber);
        if (verification.isVerified(conversationId, orderNumber) || isOwnOrder(conversation, orderNumber)) {
            return proceed(state, orderNumber, seed);
        }
        if (verification.isLocked(conversationId)) {
            return locked(state, seed);
        }
        Optional<String> identity = identity(understanding);
        if (identity.isPresent()) {
            return verify(conversationId, state, orderNumber, identity.get(), seed);
        }
        // Details that proved one order earlier are tried for the next one, without counting a miss against the
        // customer: a mismatch just asks, exactly as if nothing had been given.
        if (state.provenIdentity() != null
                && verification.verifyWithEarlierProof(conversationId, orderNumber, state.provenIdentity())) {
            return proceed(state, orderNumber, seed);
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
            case VERIFIED -> {
                state.proved(identity);
                yield proceed(state, orderNumber, seed);
            }
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

    /** Does what the customer asked, now that the order is verified. */
    private BotReply proceed(DialogueState state, String orderNumber, int seed) {
        Purpose purpose = purpose(state).orElse(Purpose.ORDER_STATUS);
        OrderDetails order = orders.findByNumber(orderNumber)
                .orElseThrow(() -> new IllegalStateException("verified order " + orderNumber + " has disappeared"));
        return switch (purpose) {
            case ORDER_STATUS -> status(state, orderNumber, seed);
            case CANCEL_ORDER -> {
                if (!order.isCancellable()) {
                    state.leaveFlow();
                    yield voice.say(TemplateKey.CANCEL_NOT_POSSIBLE, Map.of("orderNumber", orderNumber,
                            "status", statusLabel(order.status())), seed);
                }
                state.enter(purpose.name(), AWAIT_CONFIRMATION, orderNumber);
                yield voice.say(TemplateKey.CANCEL_CONFIRM, Map.of("orderNumber", orderNumber,
                        "fee", order.cancellationFee().orElseThrow().formatted()), seed).withQuickReplies(yesNo());
            }
            case CHANGE_ADDRESS -> {
                if (!order.isAddressChangeable()) {
                    state.leaveFlow();
                    yield voice.say(TemplateKey.ADDRESS_CHANGE_NOT_POSSIBLE, Map.of("orderNumber", orderNumber,
                            "status", statusLabel(order.status())), seed);
                }
                state.enter(purpose.name(), AWAIT_ADDRESS, orderNumber);
                yield voice.say(TemplateKey.ADDRESS_CHANGE_ASK, Map.of("orderNumber", orderNumber), seed);
            }
            case REFUND_STATUS -> {
                state.leaveFlow();
                yield switch (orders.refundStatus(orderNumber)) {
                    case RefundStatusResult.Found found -> voice.say(TemplateKey.REFUND_STATUS, Map.of(
                            "orderNumber", orderNumber, "amount", found.refund().amount().formatted(),
                            "status", voice.label(TemplateKey.valueOf("REFUND_STATUS_" + found.refund().status().name())),
                            "date", DAY.format(found.refund().updatedAt().atZone(SHOP_ZONE))), seed);
                    case RefundStatusResult.NoRefund none -> voice.say(TemplateKey.REFUND_NONE,
                            Map.of("orderNumber", orderNumber), seed);
                    case RefundStatusResult.UnknownOrder unknown ->
                            throw new IllegalStateException("verified order " + orderNumber + " has disappeared");
                };
            }
        };
    }

    /** "Yes, cancel it" or "no, keep it" — nothing is cancelled without an explicit yes. */
    private Optional<BotReply> confirmation(DialogueState state, Understanding understanding, int seed) {
        String intent = understanding.classification().top().intent().value();
        String orderNumber = state.orderNumber();
        if ("affirm".equals(intent) || "cancel_order".equals(intent)) {
            state.leaveFlow();
            return Optional.of(switch (orders.cancel(orderNumber)) {
                case CancelResult.Cancelled done -> voice.say(TemplateKey.CANCEL_DONE, Map.of(
                        "orderNumber", orderNumber, "refundAmount", done.refundAmount().formatted()), seed);
                case CancelResult.NotCancellable refused -> voice.say(TemplateKey.CANCEL_NOT_POSSIBLE, Map.of(
                        "orderNumber", orderNumber, "status", statusLabel(refused.status())), seed);
                case CancelResult.UnknownOrder unknown ->
                        throw new IllegalStateException("verified order " + orderNumber + " has disappeared");
            });
        }
        if ("deny".equals(intent)) {
            state.leaveFlow();
            return Optional.of(voice.say(TemplateKey.CANCEL_KEPT, Map.of("orderNumber", orderNumber), seed));
        }
        return Optional.empty();
    }

    /**
     * The new delivery address, typed as one line: street, [more,] town, postcode. Without a postcode it is not an
     * address yet and the question stands.
     */
    private Optional<BotReply> newAddress(DialogueState state, Understanding understanding, int seed) {
        Optional<Postcode> postcode = understanding.entitiesOf(Postcode.class).stream().findFirst();
        String orderNumber = state.orderNumber();
        if (postcode.isEmpty()) {
            return Optional.empty();
        }
        String before = understanding.text().substring(0, postcode.get().start()).replaceAll("[,\\s]+$", "");
        List<String> parts = java.util.Arrays.stream(before.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        Optional<UkPostcode> parsed = UkPostcode.parse(postcode.get().value());
        if (parts.size() < 2 || parsed.isEmpty()) {
            return Optional.of(voice.say(TemplateKey.ADDRESS_CHANGE_ASK, Map.of("orderNumber", orderNumber), seed));
        }
        OrderDetails order = orders.findByNumber(orderNumber).orElseThrow();
        DeliveryAddress address = new DeliveryAddress(order.deliveryAddress().recipientName(), parts.get(0),
                parts.size() > 2 ? String.join(", ", parts.subList(1, parts.size() - 1)) : null,
                parts.get(parts.size() - 1), parsed.get());
        state.leaveFlow();
        return Optional.of(switch (orders.changeDeliveryAddress(orderNumber, address)) {
            case AddressChangeResult.Changed changed -> voice.say(TemplateKey.ADDRESS_CHANGE_DONE, Map.of(
                    "orderNumber", orderNumber, "address", changed.address().singleLine()), seed);
            case AddressChangeResult.NotChangeable refused -> voice.say(TemplateKey.ADDRESS_CHANGE_NOT_POSSIBLE, Map.of(
                    "orderNumber", orderNumber, "status", statusLabel(refused.status())), seed);
            case AddressChangeResult.UnknownOrder unknown ->
                    throw new IllegalStateException("verified order " + orderNumber + " has disappeared");
        });
    }

    private List<QuickReply> yesNo() {
        return List.of(new QuickReply(voice.label(TemplateKey.BUTTON_YES), "intent", "affirm"),
                new QuickReply(voice.label(TemplateKey.BUTTON_NO), "intent", "deny"));
    }

    private static Optional<Purpose> purpose(DialogueState state) {
        return java.util.Arrays.stream(Purpose.values()).filter(p -> p.name().equals(state.flow())).findFirst();
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
