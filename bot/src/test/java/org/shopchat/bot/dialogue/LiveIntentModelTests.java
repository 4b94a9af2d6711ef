package org.shopchat.bot.dialogue;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.Classification;
import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.IntentName;
import org.shopchat.intents.ScoredIntent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Switching the bot's intent model while it classifies: nothing waits, nothing is lost, nothing is mixed. */
class LiveIntentModelTests {

    @Test
    void aClassificationUnderWayFinishesOnItsModelAndTheNextOneUsesTheNewModel() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IntentClassifier old = utterance -> {
            started.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer("track_order");
        };
        LiveIntentModel live = new LiveIntentModel(old, false, Combination.CASCADE);

        CompletableFuture<Classification> inFlight = CompletableFuture.supplyAsync(() -> live.classify("where is it"));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        live.use(2, utterance -> answer("gift_wrapping"));

        assertThat(live.classify("gift wrap it").top().intent().value()).as("new turns use the new model at once")
                .isEqualTo("gift_wrapping");
        release.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS).top().intent().value()).as("the turn under way")
                .isEqualTo("track_order");
        assertThat(live.current().version()).isEqualTo(2);
    }

    private static Classification answer(String intent) {
        return new Classification(List.of(new ScoredIntent(IntentName.of(intent), 0.9),
                new ScoredIntent(IntentName.OUT_OF_SCOPE, 0.1)), false);
    }
}
