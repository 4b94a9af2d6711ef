package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.ConsoleDestinations;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After every committed change of the queue: tells each waiting customer whose place changed their new place and
 * wait (once per change, never repeating the same position), and pushes the queue to the consoles.
 */
@Component
class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final WaitingLine line;
    private final ConversationService conversations;
    private final BotVoice voice;
    private final SimpMessagingTemplate messaging;
    private final TransactionTemplate transactions;

    QueueUpdates(WaitingLine line, ConversationService conversations, BotVoice voice, SimpMessagingTemplate messaging,
                 PlatformTransactionManager transactionManager) {
        this.line = line;
        this.conversations = conversations;
        this.voice = voice;
        this.messaging = messaging;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged changed) {
        try {
            transactions.executeWithoutResult(status -> tellNewPositions());
        } catch (RuntimeException e) {
            // Another update told the same customers concurrently (optimistic lock); the queue is still pushed.
            log.info("Queue position update skipped: {}", e.getMessage());
        }
        Map<String, Object> event = new HashMap<>();
        event.put("type", "queue");
        event.put("waiting", line.view());
        event.put("added", changed.added());
        messaging.convertAndSend(ConsoleDestinations.QUEUE, (Object) event);
    }

    private void tellNewPositions() {
        List<Handoff> waiting = line.inOrder();
        for (int i = 0; i < waiting.size(); i++) {
            Handoff handoff = waiting.get(i);
            int position = i + 1;
            if (!Objects.equals(handoff.getNotifiedPosition(), position)) {
                conversations.postFromBot(handoff.getConversationId(), voice.say(TemplateKey.HANDOVER_QUEUE_POSITION,
                        Map.of("position", String.valueOf(position), "waitMinutes", String.valueOf(line.waitMinutes(position))),
                        position).withAct(EscalationActs.QUEUE_POSITION));
                handoff.notified(position);
            }
        }
    }
}
