package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.orders.OrderStatusChanged;
import org.shopchat.bot.orders.OrderVerification;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;

/**
 * Tells customers at once when an order they asked about changes status: every open conversation in which the
 * customer proved the order is theirs gets a message from the bot.
 */
@Component
class ProactiveOrderUpdates {

    private static final Logger log = LoggerFactory.getLogger(ProactiveOrderUpdates.class);
    private static final java.util.Set<String> CHANGES_BY_THE_CUSTOMER = java.util.Set.of("cancel_order",
            "change_shipping_address");

    private final DialogueStateRepository states;
    private final OrderVerification verification;
    private final ConversationService conversations;
    private final OrderFlow orderFlow;
    private final BotVoice voice;

    ProactiveOrderUpdates(DialogueStateRepository states, OrderVerification verification,
                          ConversationService conversations, OrderFlow orderFlow, BotVoice voice) {
        this.states = states;
        this.verification = verification;
        this.conversations = conversations;
        this.orderFlow = orderFlow;
        this.voice = voice;
    }

    // After the delivery of the messages stored in the same transaction, so that the customer sees them in order.
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(OrderStatusChanged changed) {
        for (DialogueState state : states.findByOrderNumber(changed.orderNumber())) {
            if (!verification.isVerified(state.conversationId(), changed.orderNumber())
                    || CHANGES_BY_THE_CUSTOMER.contains(state.lastIntent())) {
                // Not theirs to know, or they made the change themselves in this conversation and were told.
                continue;
            }
            conversations.postFromBot(state.conversationId(), voice.say(TemplateKey.ORDER_UPDATE_PROACTIVE,
                    Map.of("orderNumber", changed.orderNumber(), "status", orderFlow.statusLabel(changed.newStatus())),
                    changed.at().getNano()).withAct("ORDER_UPDATE"));
            log.info("Told conversation {} that order {} is now {}", state.conversationId(), changed.orderNumber(),
                    changed.newStatus());
        }
    }
}
