package org.shopchat.bot.chat;

import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.TemplateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers stored customer messages on threads of its own, so the inbound channel only decodes, stores and
 * acknowledges frames and is never held up by NLU, search and database work. Answers of one conversation run one
 * at a time in the order the messages were stored ({@link ConversationLanes}); answering twice is prevented by
 * {@link ConversationService#answer}, which skips a message already answered.
 */
@Component
class BotAnswers implements SmartLifecycle, AutoCloseable {

    /**
     * Stops (drains) after the web server: no customer frame arrives any more, and the beans that answers need
     * (the article index, the NLU models, the database) are only destroyed after every lifecycle has stopped.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(BotAnswers.class);

    private final ConversationService conversations;
    private final CustomerEvents events;
    private final BotVoice voice;
    private final AnsweringProperties properties;
    private final ThreadPoolTaskExecutor inbound;
    // Created at start, drained and dropped at stop: a stopped context can be started again (test contexts are
    // paused and resumed that way), and then gets fresh lanes.
    private volatile ConversationLanes lanes;

    BotAnswers(ConversationService conversations, CustomerEvents events, BotVoice voice,
               AnsweringProperties properties,
               @Qualifier("clientInboundChannelExecutor") ThreadPoolTaskExecutor inbound) {
        this.conversations = conversations;
        this.events = events;
        this.voice = voice;
        this.properties = properties;
        this.inbound = inbound;
    }

    /**
     * Answers the stored message {@code seq} after the conversation's earlier messages. When the bot is too busy
     * to take it, or answering fails, the sending session gets an error event and the message stays unanswered,
     * so that resending it (same client message id) answers it.
     */
    void answerLater(CustomerPrincipal customer, String sessionId, long seq) {
        ConversationLanes current = lanes;
        boolean queued = current != null && current.submit(customer.conversationId(), () -> {
            try {
                conversations.answer(customer.conversationId(), seq);
            } catch (RuntimeException e) {
                log.error("Could not answer message {} of conversation {}", seq, customer.conversationId(), e);
                events.toSession(customer, sessionId, temporaryError());
            }
        });
        if (!queued) {
            log.warn("Answer queue full or stopped ({} pending): message {} of conversation {} waits for a resend",
                    pending(), seq, customer.conversationId());
            events.toSession(customer, sessionId, temporaryError());
        }
    }

    private ChatEvent temporaryError() {
        return new ChatEvent.Error("temporary", voice.say(TemplateKey.ERROR_TEMPORARY, 0).text(), null);
    }

    /** Accepted messages not yet answered. */
    int pending() {
        ConversationLanes current = lanes;
        return current == null ? 0 : current.pending();
    }

    @Override
    public synchronized void start() {
        if (lanes == null) {
            lanes = new ConversationLanes(Executors.newFixedThreadPool(properties.threads(), threadsNamed("bot-answer-")),
                    properties.maxPending(), properties.drainTimeout());
        }
    }

    /**
     * At shutdown: answers what was accepted first, within {@code shopchat.answering.drain-timeout}. The web server
     * has stopped by now, so no frame arrives any more; but a frame read just before may still be on the inbound
     * channel, between storing (and acknowledging) a message and handing its answer over. So the lanes close only
     * once the inbound channel has finished what it was handling, or the drain timeout has passed.
     */
    @Override
    public synchronized void stop() {
        ConversationLanes current = lanes;
        if (current != null) {
            awaitInboundIdle(System.nanoTime() + properties.drainTimeout().toNanos());
            current.close();
            lanes = null;
        }
    }

    private void awaitInboundIdle(long deadline) {
        var pool = inbound.getThreadPoolExecutor();
        while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public boolean isRunning() {
        return lanes != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void close() {
        stop();
    }

    private static ThreadFactory threadsNamed(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
