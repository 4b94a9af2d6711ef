package org.shopchat.intents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The intent model shipped in the library jar, the same one the bot and the CLI use.
 *
 * <p>It is trained during the build ({@code process-classes}, see {@code pom.xml}) by {@link #main(String[])} from
 * {@link ShippedData#training()} with a fixed seed, so every build of the same sources gives the same model, and
 * loading it at run time takes well under a second instead of a training run.
 */
public final class ShippedModel {

    /** Seed of the cross-validation folds that tune the out-of-scope threshold. */
    public static final long SEED = 20_261_123L;

    static final String RESOURCE = "org/shopchat/intents/shipped-intent-model.bin";

    private ShippedModel() {
    }

    /** The shipped model, read once from the classpath and shared. */
    public static IntentModel load() {
        return Holder.MODEL;
    }

    /** Trains the shipped model from the shipped training data; what the build does. */
    public static IntentModel train(IntentTrainer trainer) {
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
        Path stamp = out.resolveSibling(out.getFileName() + ".sha256");
        String fingerprint = args.length == 2 ? BuildFingerprint.of(Path.of(args[1]), out, stamp) : null;
        if (fingerprint != null && Files.exists(out) && Files.exists(stamp)
                && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[intents] shipped model is up to date with its classes and training data: " + out);
            return;
        }
        long started = System.nanoTime();
        IntentTrainer trainer = new IntentTrainer(TrainerSettings.DEFAULT,
                message -> System.out.println("[intents] " + message));
        IntentModel model = train(trainer);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
            model.save(stream);
        }
        if (fingerprint != null) {
            Files.writeString(stamp, fingerprint);
        }
        System.out.printf("[intents] shipped model: %d intents, out-of-scope threshold %.4f, %.1f s, written to %s%n",
                model.intents().size(), model.outOfScopeThreshold(), (System.nanoTime() - started) / 1e9, out);
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
}
