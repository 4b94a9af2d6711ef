package org.shopchat.bot.dialogue;

import org.shopchat.intents.Classification;
import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentClassifier;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The intent model the bot answers with now, switchable while it runs. Every classification reads the current model
 * once, so a turn that has started finishes on the model it started with and the next turn uses a newly activated
 * one; nothing waits, nothing restarts. The learning module decides which model that is.
 */
public final class LiveIntentModel implements IntentClassifier {

    /** The version number of the model the bot starts with before a stored version is loaded: the shipped one. */
    public static final int SHIPPED_AT_START = 0;

    private final AtomicReference<Loaded> current;
    private final boolean embeddingStage;
    private final Combination combination;

    LiveIntentModel(IntentClassifier shipped, boolean embeddingStage, Combination combination) {
        this.current = new AtomicReference<>(new Loaded(SHIPPED_AT_START, shipped));
        this.embeddingStage = embeddingStage;
        this.combination = Objects.requireNonNull(combination, "combination");
    }

    /** Whether the bot is configured to use the sentence-embedding stage too ({@code shopchat.nlu.embedding-stage}). */
    public boolean embeddingStage() {
        return embeddingStage;
    }

    /** How two-stage models are combined ({@code shopchat.nlu.combination}); unused without the embedding stage. */
    public Combination combination() {
        return combination;
    }

    public Loaded current() {
        return current.get();
    }

    /** From the next classification on, {@code classifier} answers. */
    public void use(int version, IntentClassifier classifier) {
        current.set(new Loaded(version, classifier));
    }

    @Override
    public Classification classify(String utterance) {
        return current.get().classifier().classify(utterance);
    }

    /** A model in use, with its version number in the learning module's store. */
    public record Loaded(int version, IntentClassifier classifier) {

        public Loaded {
            Objects.requireNonNull(classifier, "classifier");
        }
    }
}
