package org.shopchat.bot.learning;

import jakarta.annotation.PreDestroy;
import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.console.learning.IntentModels;
import org.shopchat.console.learning.LearningRefusedException;
import org.shopchat.console.learning.ModelVersion;
import org.shopchat.console.learning.TrainingStatus;
import org.shopchat.intents.IntentName;
import org.shopchat.intents.LabeledUtterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Retrains the intent model from the stored examples in the background, one training at a time over all instances,
 * then evaluates the candidate and the active model on the held-out set and activates the candidate only if it
 * passes the {@link ModelGate}. Progress (phase, percent) is written to the candidate's row, so any instance's page
 * can show it.
 */
@Service
class BackgroundRetraining implements IntentModels {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRetraining.class);
    /** The training slot's heartbeat while a phase runs long (encoding thousands of sentences). */
    private static final long HEARTBEAT_SECONDS = 20;

    private final StoredIntentExamples examples;
    private final ModelVersions versions;
    private final CandidateTrainer trainer;
    private final ActiveModelSwitch activeModel;
    private final HeldOutSet heldOut;
    private final LearningProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ModelVersions.Kind kind;
    private final ExecutorService training = Executors.newSingleThreadExecutor(daemon("intent-training"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(daemon("intent-training-heartbeat"));

    BackgroundRetraining(StoredIntentExamples examples, ModelVersions versions, CandidateTrainer trainer,
                         ActiveModelSwitch activeModel, HeldOutSet heldOut, LearningProperties properties,
                         ApplicationEventPublisher events, PlatformTransactionManager transactions,
                         LiveIntentModel live) {
        this.examples = examples;
        this.versions = versions;
        this.trainer = trainer;
        this.activeModel = activeModel;
        this.heldOut = heldOut;
        this.properties = properties;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.kind = live.embeddingStage() ? ModelVersions.Kind.TWO_STAGE : ModelVersions.Kind.NGRAM;
    }

    @Override
    public List<ModelVersion> versions() {
        return versions.all();
    }

    @Override
    public TrainingStatus training() {
        return versions.newestTraining();
    }

    @Override
    public int retrain(String requestedBy) {
        List<LabeledUtterance> data = trainable();
        String holder = UUID.randomUUID().toString();
        if (!versions.takeSlot(holder, properties.staleTrainingAfter())) {
            TrainingStatus running = versions.newestTraining();
            throw new LearningRefusedException("A training runs already (version " + running.version() + ", "
                    + running.phase() + ", " + running.percent() + " %); wait for it to finish.");
        }
        int version;
        try {
            version = versions.startCandidate(kind, requestedBy);
        } catch (RuntimeException e) {
            versions.freeSlot(holder);
            throw e;
        }
        log.info("Intent model: training candidate version {} on {} examples, requested by {}", version, data.size(),
                requestedBy);
        training.execute(() -> train(version, holder, data));
        return version;
    }

    @Override
    public void activate(int version, String activatedBy) {
        ModelVersion chosen = versions.find(version)
                .orElseThrow(() -> new LearningRefusedException("There is no model version " + version + "."));
        if (chosen.active()) {
            throw new LearningRefusedException("Version " + version + " is the active model already.");
        }
        if (!chosen.activatable()) {
            throw new LearningRefusedException("Version " + version + " is " + chosen.status().toLowerCase()
                    + " and cannot be activated: only versions that passed their gate, or the shipped model.");
        }
        versions.blobs(version).ifPresent(blobs -> {
            try {
                trainer.read(blobs, kind == ModelVersions.Kind.TWO_STAGE);
            } catch (IOException | RuntimeException e) {
                throw new LearningRefusedException("Version " + version + " cannot be read by this build ("
                        + e.getMessage() + ").");
            }
        });
        int current = versions.activeVersion().orElse(0);
        transaction.executeWithoutResult(status -> {
            versions.activate(version, version < current ? "ROLLBACK" : "MANUAL", activatedBy);
            events.publishEvent(new IntentModelActivated(version));
        });
        log.info("Intent model: version {} activated by {} (was {})", version, activatedBy, current);
    }

    /** The stored examples without held-out utterances, checked to be enough for training. */
    private List<LabeledUtterance> trainable() {
        List<LabeledUtterance> data = examples.all().stream().filter(u -> !heldOut.contains(u.text())).toList();
        Map<IntentName, Long> counts = data.stream()
                .collect(Collectors.groupingBy(LabeledUtterance::intent, TreeMap::new, Collectors.counting()));
        if (counts.size() < 2) {
            throw new LearningRefusedException("Training needs examples of at least two intents, there are "
                    + counts.size() + ".");
        }
        String few = counts.entrySet().stream().filter(e -> e.getValue() < properties.minExamplesPerIntent())
                .map(e -> e.getKey().value() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        if (!few.isEmpty()) {
            throw new LearningRefusedException("Every intent needs at least " + properties.minExamplesPerIntent()
                    + " examples before retraining; these have fewer: " + few + ".");
        }
        return data;
    }

    private void train(int version, String holder, List<LabeledUtterance> data) {
        long started = System.nanoTime();
        ScheduledFuture<?> beat = heartbeat.scheduleAtFixedRate(
                () -> versions.progressBeat(holder), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        try {
            int intents = (int) data.stream().map(LabeledUtterance::intent).distinct().count();
            versions.trained(version, data.size(), intents);
            TrainingProgress progress = new TrainingProgress(kind, (phase, percent) ->
                    versions.progress(version, holder, phase, percent));
            progress.phase("training on " + data.size() + " examples of " + intents + " intents", 2);
            CandidateTrainer.Trained candidate = trainer.train(kind, data, progress);
            progress.phase("evaluating the candidate on the held-out set", 82);
            double candidateAccuracy = trainer.accuracy(candidate.classifier(), heldOut.utterances());
            activeModel.switchToActive();
            LiveIntentModel.Loaded active = activeModel.current();
            progress.phase("evaluating the active model (version " + active.version() + ") on the held-out set", 90);
            double activeAccuracy = trainer.accuracy(active.classifier(), heldOut.utterances());
            versions.measured(active.version(), activeAccuracy);
            ModelGate gate = new ModelGate(candidateAccuracy, activeAccuracy, properties.gateMargin());
            double seconds = (System.nanoTime() - started) / 1e9;
            transaction.executeWithoutResult(status -> {
                versions.judged(version, candidate.blobs(), gate, active.version(), seconds);
                if (gate.passed()) {
                    events.publishEvent(new IntentModelActivated(version));
                }
            });
            log.info("Intent model: candidate version {} {} ({}), {} examples, {} s", version,
                    gate.passed() ? "activated" : "rejected", gate.explanation(), data.size(),
                    String.format(java.util.Locale.ROOT, "%.1f", seconds));
        } catch (RuntimeException | Error e) {
            log.error("Intent model: training candidate version {} failed", version, e);
            versions.failed(version, "training failed: " + e);
        } finally {
            beat.cancel(false);
            versions.freeSlot(holder);
        }
    }

    @PreDestroy
    void stop() {
        training.shutdownNow();
        heartbeat.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
