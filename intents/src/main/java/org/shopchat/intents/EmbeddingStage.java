package org.shopchat.intents;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * The trained second stage of a {@link TwoStageIntentModel}: the softmax head over sentence vectors, the cascade
 * gate, and the out-of-scope threshold of every {@link Combination} (each tuned on validation data for that
 * combination, because averaging changes how confident the probabilities are).
 *
 * @param head            classifier over sentence vectors
 * @param embeddingWeight weight of the embedding stage's probabilities in the average (the n-gram model gets the
 *                        rest); 0.5 is the plain mean
 * @param cascadeGate     n-gram confidence at or above which the cascade does not embed
 * @param thresholds      out-of-scope threshold per combination, each in [0, 1]
 */
public record EmbeddingStage(SoftmaxHead head, double embeddingWeight, double cascadeGate,
                             Map<Combination, Double> thresholds) {

    private static final int MAGIC = 0x53434553; // "SCES"
    /**
     * 3: heads over {@link ShippedModel#sentenceEncoder()}'s 768 floats of {@link TextNormaliser#forEncoder}'s text; 2
     * was over all-MiniLM-L6-v2 alone, of the raw text.
     */
    private static final int FORMAT_VERSION = 3;

    public EmbeddingStage {
        Objects.requireNonNull(head, "head must not be null");
        if (!(embeddingWeight >= 0.0 && embeddingWeight <= 1.0)) {
            throw new IllegalArgumentException("embedding weight must be in [0, 1], was " + embeddingWeight);
        }
        if (!(cascadeGate >= 0.0 && cascadeGate <= 1.0)) {
            throw new IllegalArgumentException("cascade gate must be in [0, 1], was " + cascadeGate);
        }
        EnumMap<Combination, Double> copy = new EnumMap<>(Combination.class);
        for (Combination c : Combination.values()) {
            Double t = thresholds.get(c);
            if (t == null || !(t >= 0.0 && t <= 1.0)) {
                throw new IllegalArgumentException("threshold for " + c + " must be in [0, 1], was " + t);
            }
            copy.put(c, t);
        }
        thresholds = Map.copyOf(copy);
    }

    double threshold(Combination combination) {
        return thresholds.get(combination);
    }

    /** Writes the stage; the stream is left open. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeUTF(TextNormaliser.VERSION);
        data.writeDouble(embeddingWeight);
        data.writeDouble(cascadeGate);
        for (Combination c : Combination.values()) {
            data.writeUTF(c.name());
            data.writeDouble(thresholds.get(c));
        }
        data.flush();
        head.save(out);
    }

    /**
     * Reads a stage written by {@link #save(OutputStream)}.
     *
     * @throws IOException if the stream holds no embedding stage of this version
     */
    public static EmbeddingStage load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not an embedding stage (wrong magic number)");
        }
        int version = data.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("embedding stage format " + version + " is not supported, expected "
                    + FORMAT_VERSION + (version < FORMAT_VERSION ? " (trained over an earlier sentence encoder): retrain it"
                    : ""));
        }
        String normaliser = data.readUTF();
        if (!TextNormaliser.VERSION.equals(normaliser)) {
            throw new IOException("embedding stage was built for text normaliser version " + normaliser
                    + ", this library has version " + TextNormaliser.VERSION + ": retrain it");
        }
        double weight = data.readDouble();
        double gate = data.readDouble();
        Map<Combination, Double> thresholds = new EnumMap<>(Combination.class);
        for (int i = 0; i < Combination.values().length; i++) {
            String name = data.readUTF();
            try {
                thresholds.put(Combination.valueOf(name), data.readDouble());
            } catch (IllegalArgumentException e) {
                throw new IOException("embedding stage names an unknown combination " + name, e);
            }
        }
        try {
            return new EmbeddingStage(SoftmaxHead.load(in), weight, gate, thresholds);
        } catch (IllegalArgumentException e) {
            throw new IOException("embedding stage is invalid: " + e.getMessage(), e);
        }
    }
}
