package org.shopchat.bot.chat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer queue: one task at a time per conversation, in order; conversations in parallel; bounded. */
class ConversationLanesTests {

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void runsOneConversationsTasksInSubmissionOrderOneAtATime() throws Exception {
        ConversationLanes lanes = new ConversationLanes(threads, 1_000);
        UUID conversation = UUID.randomUUID();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> overlaps = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch done = new CountDownLatch(200);
        for (int i = 0; i < 200; i++) {
            int n = i;
            assertThat(lanes.submit(conversation, () -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.add(n);
                }
                ran.add(n);
                running.decrementAndGet();
                done.countDown();
            })).isTrue();
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 200).boxed().toList());
        assertThat(overlaps).isEmpty();
    }

    @Test
    void aBusyConversationDoesNotHoldUpAnother() throws Exception {
        ConversationLanes lanes = new ConversationLanes(threads, 1_000);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        lanes.submit(UUID.randomUUID(), () -> await(release));
        lanes.submit(UUID.randomUUID(), otherRan::countDown);
        try {
            assertThat(otherRan.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void refusesWorkBeyondTheBoundAndTakesItAgainOnceTasksFinish() throws Exception {
        ConversationLanes lanes = new ConversationLanes(threads, 2);
        UUID conversation = UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(2);
        assertThat(lanes.submit(conversation, () -> { await(release); finished.countDown(); })).isTrue();
        assertThat(lanes.submit(UUID.randomUUID(), () -> { await(release); finished.countDown(); })).isTrue();
        assertThat(lanes.submit(conversation, () -> { })).isFalse();
        assertThat(lanes.pending()).isEqualTo(2);

        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch again = new CountDownLatch(1);
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> lanes.pending() == 0);
        assertThat(lanes.submit(conversation, again::countDown)).isTrue();
        assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailingTaskDoesNotStopTheConversationsLaterTasks() throws Exception {
        ConversationLanes lanes = new ConversationLanes(threads, 10);
        UUID conversation = UUID.randomUUID();
        CountDownLatch later = new CountDownLatch(1);
        lanes.submit(conversation, () -> {
            throw new IllegalStateException("answer failed");
        });
        lanes.submit(conversation, later::countDown);
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingRunsEveryAcceptedTaskOfEveryLaneToItsEndAndTakesNoMore() throws Exception {
        ConversationLanes lanes = new ConversationLanes(threads, 1_000, java.time.Duration.ofSeconds(30));
        UUID conversation = UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        lanes.submit(conversation, () -> await(release));
        for (int i = 0; i < 50; i++) {
            int n = i;
            lanes.submit(i % 2 == 0 ? conversation : UUID.randomUUID(), () -> ran.add(n));
        }
        java.util.concurrent.CompletableFuture<Void> closed = java.util.concurrent.CompletableFuture.runAsync(lanes::close);
        org.awaitility.Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> !lanes.submit(UUID.randomUUID(), () -> ran.add(-1)));
        assertThat(closed).isNotDone();

        release.countDown();
        closed.get(10, TimeUnit.SECONDS);
        assertThat(ran).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 50).boxed().toList());
        assertThat(lanes.pending()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
