package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.escalation.EscalationProperties;
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

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps waiting customers and the consoles informed. After every committed change of the queue: tells each waiting
 * customer whose place changed their new place and wait (never repeating the same position), and pushes the queue
 * to the consoles. On a timer ({@code shopchat.escalation.position-update-interval}): tells every customer who has
 * not heard from the queue for that long their place and the wait as estimated now (agents come and go, handle
 * times change), and pushes the queue again so the consoles' estimates stay current.
 */
@Component
public class QueueUpdates {

    private static final Logger log = LoggerFactory.getLogger(QueueUpdates.class);

    private final WaitingLine line;
    private final ConversationService conversations;
    private final BotVoice voice;
    private final SimpMessagingTemplate messaging;
    private final TransactionTemplate transactions;
    private final EscalationProperties properties;
    private final Clock clock;

    QueueUpdates(WaitingLine line, ConversationService conversations, BotVoice voice, SimpMessagingTemplate messaging,
                 PlatformTransactionManager transactionManager, EscalationProperties properties, Clock clock) {
        this.line = line;
        this.conversations = conversations;
        this.voice = voice;
        this.messaging = messaging;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged changed) {
        tell(false);
        pushQueue(changed.added());
    }

    /** The timed update; run by the scheduler, callable on its own (tests, an operator). */
    public void remindWaitingCustomers() {
        tell(true);
        pushQueue(null);
    }

    private void tell(boolean reminders) {
        try {
            transactions.executeWithoutResult(status -> tellPositions(reminders, clock.instant()));
        } catch (RuntimeException e) {
            // Another update told the same customers concurrently (optimistic lock); the queue is still pushed.
            log.info("Queue position update skipped: {}", e.getMessage());
        }
    }

    private void tellPositions(boolean reminders, Instant now) {
        List<Handoff> waiting = line.inOrder();
        for (int i = 0; i < waiting.size(); i++) {
            Handoff handoff = waiting.get(i);
            int position = i + 1;
            boolean moved = !Objects.equals(handoff.getNotifiedPosition(), position);
            boolean due = reminders && handoff.isDueForUpdate(now, properties.positionUpdateInterval());
            if (moved || due) {
                TemplateKey key = moved ? TemplateKey.HANDOVER_QUEUE_POSITION : TemplateKey.HANDOVER_STILL_WAITING;
                conversations.postFromBot(handoff.getConversationId(), voice.say(key, Map.of("position",
                                String.valueOf(position), "waitMinutes", String.valueOf(line.waitMinutes(position))),
                        position).withAct(EscalationActs.QUEUE_POSITION));
                handoff.notified(position, now);
            }
        }
    }

    private void pushQueue(UUID added) {
        Map<String, Object> event = new HashMap<>();
        event.put("type", "queue");
        event.put("waiting", line.view());
        event.put("added", added);
        messaging.convertAndSend(ConsoleDestinations.QUEUE, (Object) event);
    }
}
