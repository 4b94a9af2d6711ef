package org.shopchat.bot.chat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work for many conversations on a few threads, one task at a time per conversation and in the order it was
 * submitted, so that a customer's messages are answered in the order they were typed while different customers are
 * answered in parallel. Each conversation has a lane (a queue) only while it has work; a lane hands its thread back
 * after every task, so a customer who sends many messages does not hold a thread while others wait.
 *
 * <p>The number of pending tasks over all lanes is bounded: {@link #submit} refuses beyond it instead of queueing
 * without limit (and the executor's own queue then never holds more than that many lanes).
 */
final class ConversationLanes implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConversationLanes.class);

    private final ExecutorService threads;
    private final int maxPending;
    private final Duration drainTimeout;
    private final AtomicInteger pending = new AtomicInteger();
    private final Map<UUID, Queue<Runnable>> lanes = new ConcurrentHashMap<>();
    private final Object drained = new Object();
    private volatile boolean closing;

    ConversationLanes(ExecutorService threads, int maxPending) {
        this(threads, maxPending, Duration.ofSeconds(10));
    }

    /** @param drainTimeout how long {@link #close} waits for the accepted tasks to finish */
    ConversationLanes(ExecutorService threads, int maxPending, Duration drainTimeout) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be at least 1, was " + maxPending);
        }
        this.threads = threads;
        this.maxPending = maxPending;
        this.drainTimeout = drainTimeout;
    }

    /**
     * Queues {@code task} behind the conversation's earlier tasks.
     *
     * @return false, without queueing, when {@code maxPending} tasks are already waiting or running, or when closing
     */
    boolean submit(UUID conversationId, Runnable task) {
        if (closing) {
            return false;
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        boolean[] startLane = new boolean[1];
        // compute() runs atomically per key: a lane is created, extended and removed only inside it.
        lanes.compute(conversationId, (id, lane) -> {
            Queue<Runnable> queue = lane == null ? new ConcurrentLinkedQueue<>() : lane;
            startLane[0] = lane == null;
            queue.add(task);
            return queue;
        });
        if (startLane[0]) {
            try {
                threads.execute(() -> runNext(conversationId));
            } catch (RejectedExecutionException shuttingDown) {
                lanes.remove(conversationId);
                finished();
                return false;
            }
        }
        return true;
    }

    /** Tasks accepted and not yet finished, over all conversations. */
    int pending() {
        return pending.get();
    }

    private void runNext(UUID conversationId) {
        Runnable task = lanes.get(conversationId).peek();
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            log.error("A task of conversation {} failed", conversationId, e);
        } finally {
            boolean[] more = new boolean[1];
            lanes.compute(conversationId, (id, lane) -> {
                lane.remove();
                more[0] = !lane.isEmpty();
                return more[0] ? lane : null;
            });
            finished();
            if (more[0]) {
                try {
                    threads.execute(() -> runNext(conversationId));
                } catch (RejectedExecutionException shutDown) {
                    // Only after the drain timeout of close(): the rest waits for the customer's resend.
                    log.warn("Shut down: the remaining messages of conversation {} are answered on resend",
                            conversationId);
                }
            }
        }
    }

    private void finished() {
        if (pending.decrementAndGet() == 0) {
            synchronized (drained) {
                drained.notifyAll();
            }
        }
    }

    /**
     * Stops taking tasks, then waits up to the drain timeout until every accepted task has run, each lane to its
     * end: an acknowledged customer message is answered before the application context closes. The executor is shut
     * down only after that, since a lane hands each next task to it.
     */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        try {
            synchronized (drained) {
                while (pending.get() > 0 && System.nanoTime() < deadline) {
                    drained.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pending.get() > 0) {
            log.warn("{} answers were still pending after {}; their messages are answered on resend",
                    pending.get(), drainTimeout);
        }
        threads.shutdown();
        try {
            if (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.shutdownNow();
        }
    }
}
