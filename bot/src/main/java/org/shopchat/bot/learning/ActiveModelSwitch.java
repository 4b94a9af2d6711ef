package org.shopchat.bot.learning;

import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.intents.IntentClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.io.IOException;
import java.util.Optional;

/**
 * Puts the version that is active in the database into the bot's {@link LiveIntentModel}: at start-up, and whenever
 * a version is activated here or (through the cluster notices) on another instance, and as a catch-up every
 * {@code shopchat.learning.active-model-check}. Reading the database rather
 * than the event's version makes instances agree even when notices arrive out of order.
 */
@Component
class ActiveModelSwitch {

    private static final Logger log = LoggerFactory.getLogger(ActiveModelSwitch.class);

    private final ModelVersions versions;
    private final CandidateTrainer models;
    private final LiveIntentModel live;
    private final IntentClassifier shipped;

    ActiveModelSwitch(ModelVersions versions, CandidateTrainer models, LiveIntentModel live) {
        this.versions = versions;
        this.models = models;
        this.live = live;
        this.shipped = live.current().classifier();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IntentModelActivated activated) {
        switchToActive();
    }

    /**
     * The notice from another instance can be lost (broker down or reconnecting); a look at the database now and then
     * brings this instance to the active version anyway. One small query; nothing is loaded when it is in use.
     */
    @Scheduled(initialDelayString = "${shopchat.learning.active-model-check}",
            fixedDelayString = "${shopchat.learning.active-model-check}")
    void catchUp() {
        try {
            switchToActive();
        } catch (RuntimeException e) {
            log.warn("Intent model: could not check the active version ({}); trying again later", e.getMessage());
        }
    }

    /** Loads the active version unless it is in use already; the shipped model when none is stored. */
    synchronized void switchToActive() {
        int active = versions.activeVersion().orElse(LiveIntentModel.SHIPPED_AT_START);
        if (active == live.current().version()) {
            return;
        }
        Optional<ModelVersions.Blobs> blobs = versions.blobs(active);
        if (blobs.isEmpty()) {
            live.use(active, shipped);
            log.info("Intent model: version {} (the shipped model) is active", active);
            return;
        }
        try {
            live.use(active, models.read(blobs.get(), live.embeddingStage()));
            log.info("Intent model: switched to version {} ({})", active, blobs.get().kind());
        } catch (IOException | RuntimeException e) {
            // A version this build cannot read (e.g. trained for another text-normaliser version) must not stop
            // the bot: it keeps answering with the model it has.
            log.error("Intent model: version {} is active but cannot be read ({}); still answering with version {}",
                    active, e.getMessage(), live.current().version());
        }
    }

    /** The model the bot answers with now, as the gate compares against it. */
    LiveIntentModel.Loaded current() {
        return live.current();
    }
}
