package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.chat.CustomerTyping;
import org.shopchat.bot.conversation.MessagePosted;
import org.shopchat.console.handoff.ConsoleDestinations;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Live updates for the agent who has a conversation: its new messages (once committed), the customer's typing. */
@Component
class ConsolePush {

    private final HandoffRepository handoffs;
    private final SimpMessagingTemplate messaging;

    ConsolePush(HandoffRepository handoffs, SimpMessagingTemplate messaging) {
        this.handoffs = handoffs;
        this.messaging = messaging;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessagePosted posted) {
        claimed(posted.message().conversationId()).ifPresent(h -> toAgent(h.getClaimedBy(), Map.of("type", "message",
                "handoffId", h.getId(), "line", ContextPacketAssembler.line(posted.message()))));
    }

    @EventListener
    void on(CustomerTyping typing) {
        claimed(typing.conversationId()).ifPresent(h -> toAgent(h.getClaimedBy(), Map.of("type", "typing",
                "handoffId", h.getId(), "active", typing.active())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffEnded ended) {
        toAgent(ended.agentUsername(), Map.of("type", "ended", "handoffId", ended.handoffId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HandoffTransferred transferred) {
        toAgent(transferred.toUsername(), Map.of("type", "assigned", "handoffId", transferred.handoffId(),
                "from", transferred.fromDisplayName()));
    }

    private Optional<Handoff> claimed(UUID conversationId) {
        return handoffs.findFirstByConversationIdAndStatus(conversationId, HandoffStatus.CLAIMED);
    }

    private void toAgent(String username, Map<String, Object> event) {
        messaging.convertAndSendToUser(username, ConsoleDestinations.CHAT, (Object) event);
    }
}
