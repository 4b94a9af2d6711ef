package org.shopchat.intents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.shopchat.intents.embedding.CachingSentenceEncoder;
import org.shopchat.intents.embedding.ConcatenatedSentenceEncoder;
import org.shopchat.intents.embedding.E5SmallSentenceEncoder;
import org.shopchat.intents.embedding.MiniLmSentenceEncoder;
import org.shopchat.intents.embedding.SentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * The intent models shipped in the library jar, the same ones the bot and the CLI use: the n-gram model
 * ({@link #load()}) and the embedding stage trained on the same data ({@link #loadTwoStage(Combination)}).
 *
 * <p>They are trained during the build ({@code process-classes}, see {@code pom.xml}) by {@link #main(String[])} from
 * {@link ShippedData#training()} with a fixed seed, so every build of the same sources gives the same models, and
 * loading them at run time reads weights instead of training.
 */
public final class ShippedModel {

    /** Seed of the cross-validation folds that tune the out-of-scope threshold. */
    public static final long SEED = 20_261_123L;

    static final String RESOURCE = "org/shopchat/intents/shipped-intent-model.bin";
    static final String STAGE_RESOURCE = "org/shopchat/intents/shipped-embedding-stage.bin";

    /**
     * How the bot combines the two stages unless told otherwise: the average, the most accurate on every evaluation
     * (intents/README.md); it embeds every turn, the cascade only the unsure ones, at about the same mean latency.
     */
    public static final Combination DEFAULT_COMBINATION = Combination.AVERAGE;

    private ShippedModel() {
    }

    /** The shipped n-gram model, read once from the classpath and shared. */
    public static IntentModel load() {
        return Holder.MODEL;
    }

    /**
     * The sentence encoder of the embedding stage: all-MiniLM-L6-v2 and e5-small-v2 side by side (768 floats), each
     * loaded once per JVM on first use (a few seconds). Measured against either alone in intents/README.md. MiniLM's
     * half is {@link MiniLmSentenceEncoder#sharedForServing()}, so a sentence that another part of the process embeds
     * with MiniLM too is encoded once.
     */
    public static SentenceEncoder sentenceEncoder() {
        return EncoderHolder.ENCODER;
    }

    /**
     * The shipped n-gram model with the shipped embedding stage (its {@link #sentenceEncoder()} loaded once per JVM,
     * a few seconds), combined as asked.
     */
    public static TwoStageIntentModel loadTwoStage(Combination combination) {
        return StageHolder.MODEL.with(combination);
    }

    /** Trains the shipped n-gram model alone from the shipped training data. */
    public static IntentModel train(IntentTrainer trainer) {
        return trainer.train(ShippedData.training(), SEED);
    }

    /** Trains both shipped stages from the shipped training data; what the build does. */
    public static TwoStageIntentModel train(TwoStageTrainer trainer) {
        return trainer.train(ShippedData.training(), SEED);
    }

    /**
     * Build step: {@code ShippedModel <output model file> [<classes directory>]}.
     *
     * <p>With the classes directory, training is skipped when the model beside it was trained from exactly the same
     * compiled classes and training data (a SHA-256 fingerprint kept next to the model), which saves half a minute
     * on every build that did not touch the NLU.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: ShippedModel <output model file> [<classes directory>]");
        }
        Path out = Path.of(args[0]);
        Path stageOut = out.resolveSibling(Path.of(STAGE_RESOURCE).getFileName());
        Path stamp = out.resolveSibling(out.getFileName() + ".sha256");
        String fingerprint = args.length == 2 ? BuildFingerprint.of(Path.of(args[1]), out, stageOut, stamp) : null;
        if (fingerprint != null && Files.exists(out) && Files.exists(stageOut) && Files.exists(stamp)
                && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[intents] shipped models are up to date with their classes and training data: " + out);
            return;
        }
        long started = System.nanoTime();
        TwoStageTrainer trainer = new TwoStageTrainer(TrainerSettings.DEFAULT, SoftmaxHead.Settings.DEFAULT,
                new CachingSentenceEncoder(sentenceEncoder()),
                message -> System.out.println("[intents] " + message));
        TwoStageTrainer.Validated validated = trainer.trainValidated(ShippedData.training(), SEED);
        TwoStageIntentModel model = validated.model();
        List<DialogueThresholds.Point> points = DialogueThresholds.evaluate(validated.gold(), validated.outOfFold(DEFAULT_COMBINATION),
                DialogueThresholds.Costs.DEFAULT);
        System.out.println("[intents] dialogue thresholds on the cross-validation folds (" + DEFAULT_COMBINATION
                + ", costs " + DialogueThresholds.Costs.DEFAULT + "), cheapest first:");
        points.stream().limit(3).forEach(p -> System.out.println("[intents]   " + p));
        System.out.println("[intents] recommended (fewest unanswered turns within " + DialogueThresholds.TOLERANCE
                + " of the cheapest): " + DialogueThresholds.recommended(points));
        System.out.println("[intents] and each clarify margin at min-confidence 0.30:");
        points.stream().filter(p -> p.minConfidence() == 0.3)
                .sorted(java.util.Comparator.comparingDouble(DialogueThresholds.Point::clarifyMargin))
                .forEach(p -> System.out.println("[intents]   " + p));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            model.ngramModel().save(stream);
        }
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(stageOut))) {
            model.embeddingStage().save(stream);
        }
        if (fingerprint != null) {
            Files.writeString(stamp, fingerprint);
        }
        System.out.printf("[intents] shipped models: %d intents, out-of-scope thresholds %s, embedding weight %.1f, "
                        + "cascade gate %.3f, %.1f s, written to %s and %s%n", model.ngramModel().intents().size(),
                model.embeddingStage().thresholds(), model.embeddingStage().embeddingWeight(),
                model.embeddingStage().cascadeGate(),
                (System.nanoTime() - started) / 1e9, out, stageOut);
    }

    private static final class Holder {
        static final IntentModel MODEL = read();

        private static IntentModel read() {
            try (InputStream in = ShippedData.resource(RESOURCE)) {
                return IntentModel.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("shipped intent model " + RESOURCE + " is unreadable", e);
            }
        }
    }

    private static final class EncoderHolder {
        static final SentenceEncoder ENCODER =
                new ConcatenatedSentenceEncoder(MiniLmSentenceEncoder.sharedForServing(), E5SmallSentenceEncoder.shared());
    }

    private static final class StageHolder {
        static final TwoStageIntentModel MODEL = read();

        private static TwoStageIntentModel read() {
            try (InputStream in = ShippedData.resource(STAGE_RESOURCE)) {
                return new TwoStageIntentModel(Holder.MODEL, EmbeddingStage.load(in), sentenceEncoder(),
                        DEFAULT_COMBINATION);
            } catch (IOException e) {
                throw new UncheckedIOException("shipped embedding stage " + STAGE_RESOURCE + " is unreadable", e);
            }
        }
    }
}
