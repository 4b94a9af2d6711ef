package org.shopchat.bot.learning;

import org.shopchat.bot.dialogue.LiveIntentModel;
import org.shopchat.intents.Combination;
import org.shopchat.intents.EmbeddingStage;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.TrainerSettings;
import org.shopchat.intents.TwoStageIntentModel;
import org.shopchat.intents.TwoStageTrainer;
import org.shopchat.intents.embedding.CachingSentenceEncoder;
import org.shopchat.intents.embedding.SentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains, stores and reads back intent models exactly as the shipped ones are built: the same trainers, settings
 * and seed ({@link ShippedModel#SEED}), the same combination of the stages. Two stages (n-gram + sentence-embedding
 * head, every intent known to both) when the bot runs with the embedding stage, the n-gram model alone otherwise.
 */
@Component
class CandidateTrainer {

    /**
     * Held-out sentences are encoded once and kept (845 of them, about 1.3 MB), as every gate evaluates them. Made
     * on first use: a bot without the embedding stage never loads the sentence-embedding model.
     */
    private SentenceEncoder heldOutEncoder;

    /** How the bot combines two stages ({@code shopchat.nlu.combination}); candidates are combined the same way. */
    private final Combination combination;

    @Autowired
    CandidateTrainer(LiveIntentModel live) {
        this(live.combination());
    }

    CandidateTrainer(Combination combination) {
        this.combination = combination;
    }

    /** A model ready to use and the bytes it is stored as. */
    record Trained(IntentClassifier classifier, ModelVersions.Blobs blobs) {
    }

    Trained train(ModelVersions.Kind kind, List<LabeledUtterance> examples, Consumer<String> progress) {
        if (kind == ModelVersions.Kind.TWO_STAGE) {
            // A cache of this training's own sentences: cross-validation encodes every example several times.
            TwoStageTrainer trainer = new TwoStageTrainer(TrainerSettings.DEFAULT, SoftmaxHead.Settings.DEFAULT,
                    new CachingSentenceEncoder(ShippedModel.sentenceEncoder()), progress);
            TwoStageIntentModel model = trainer.train(examples, ShippedModel.SEED)
                    .withEncoder(ShippedModel.sentenceEncoder()).with(combination);
            return new Trained(model, new ModelVersions.Blobs(kind, bytes(model.ngramModel()),
                    bytes(model.embeddingStage())));
        }
        IntentModel model = new IntentTrainer(TrainerSettings.DEFAULT, progress).train(examples, ShippedModel.SEED);
        return new Trained(model, new ModelVersions.Blobs(kind, bytes(model), null));
    }

    /**
     * The stored model as the bot runs it: two stages only when both were stored and the bot uses the embedding
     * stage (the n-gram part of a two-stage model has its own tuned threshold and answers alone otherwise).
     */
    IntentClassifier read(ModelVersions.Blobs blobs, boolean embeddingStage) throws IOException {
        IntentModel ngram = IntentModel.load(new ByteArrayInputStream(blobs.ngramModel()));
        if (!embeddingStage || blobs.embeddingStage() == null) {
            return ngram;
        }
        EmbeddingStage stage = EmbeddingStage.load(new ByteArrayInputStream(blobs.embeddingStage()));
        return new TwoStageIntentModel(ngram, stage, ShippedModel.sentenceEncoder(), combination);
    }

    /** Accuracy on the held-out utterances, a two-stage model reading the cached held-out sentence vectors. */
    double accuracy(IntentClassifier classifier, List<LabeledUtterance> heldOut) {
        IntentClassifier evaluated = classifier instanceof TwoStageIntentModel twoStage
                ? twoStage.withEncoder(heldOutEncoder()) : classifier;
        return IntentEvaluator.evaluate(evaluated, heldOut).accuracy();
    }

    private synchronized SentenceEncoder heldOutEncoder() {
        if (heldOutEncoder == null) {
            heldOutEncoder = new CachingSentenceEncoder(ShippedModel.sentenceEncoder());
        }
        return heldOutEncoder;
    }

    private static byte[] bytes(IntentModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the n-gram model", e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(EmbeddingStage stage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            stage.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise the embedding stage", e);
        }
        return out.toByteArray();
    }
}
