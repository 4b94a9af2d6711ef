package org.shopchat.intents;

import java.util.List;
import java.util.Objects;

import org.shopchat.intents.embedding.SentenceEncoder;

/**
 * The n-gram intent model and the sentence-embedding stage, combined as chosen ({@link Combination}).
 *
 * <p>Immutable and thread-safe: both models only read their weights, and the encoder is thread-safe.
 */
public final class TwoStageIntentModel implements IntentClassifier {

    private final IntentModel ngram;
    private final EmbeddingStage stage;
    private final SentenceEncoder encoder;
    private final Combination combination;
    private final IntentName[] outcomes;
    /** For every n-gram outcome, its index in the head's labels. */
    private final int[] headIndex;

    public TwoStageIntentModel(IntentModel ngram, EmbeddingStage stage, SentenceEncoder encoder,
                               Combination combination) {
        this.ngram = Objects.requireNonNull(ngram, "n-gram model must not be null");
        this.stage = Objects.requireNonNull(stage, "embedding stage must not be null");
        this.encoder = Objects.requireNonNull(encoder, "encoder must not be null");
        this.combination = Objects.requireNonNull(combination, "combination must not be null");
        if (encoder.dimensions() != stage.head().dimensions()) {
            throw new IllegalArgumentException("encoder gives " + encoder.dimensions()
                    + " dimensions, the embedding head expects " + stage.head().dimensions());
        }
        this.outcomes = ngram.outcomes();
        this.headIndex = alignment(outcomes, stage.head().labels());
    }

    static int[] alignment(IntentName[] outcomes, List<String> headLabels) {
        if (headLabels.size() != outcomes.length) {
            throw new IllegalArgumentException("the n-gram model knows " + outcomes.length
                    + " intents, the embedding head " + headLabels.size());
        }
        int[] index = new int[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            index[i] = headLabels.indexOf(outcomes[i].value());
            if (index[i] < 0) {
                throw new IllegalArgumentException("the embedding head does not know intent " + outcomes[i]);
            }
        }
        return index;
    }

    /** The same models combined differently. */
    public TwoStageIntentModel with(Combination newCombination) {
        return new TwoStageIntentModel(ngram, stage, encoder, newCombination);
    }

    /** The same models with another cascade gate (thresholds unchanged). */
    public TwoStageIntentModel withCascadeGate(double gate) {
        return new TwoStageIntentModel(ngram, new EmbeddingStage(stage.head(), stage.embeddingWeight(), gate, stage.thresholds()), encoder,
                combination);
    }

    /** The same models with another weight of the embedding stage in the average (thresholds unchanged). */
    public TwoStageIntentModel withEmbeddingWeight(double weight) {
        return new TwoStageIntentModel(ngram, new EmbeddingStage(stage.head(), weight, stage.cascadeGate(),
                stage.thresholds()), encoder, combination);
    }

    /** The same models with another encoder of the same dimensions (e.g. one without a cache). */
    public TwoStageIntentModel withEncoder(SentenceEncoder newEncoder) {
        return new TwoStageIntentModel(ngram, stage, newEncoder, combination);
    }

    public Combination combination() {
        return combination;
    }

    public IntentModel ngramModel() {
        return ngram;
    }

    public EmbeddingStage embeddingStage() {
        return stage;
    }

    /** Out-of-scope threshold of the current combination. */
    public double outOfScopeThreshold() {
        return stage.threshold(combination);
    }

    @Override
    public Classification classify(String utterance) {
        Objects.requireNonNull(utterance, "utterance must not be null");
        String[] tokens = ngram.tokens(utterance);
        boolean blank = tokens.length == 0;
        double[] probabilities = switch (combination) {
            case NGRAM_ONLY -> ngram.probabilities(tokens);
            case EMBEDDING_ONLY -> embedded(utterance);
            case AVERAGE -> average(ngram.probabilities(tokens), embedded(utterance), stage.embeddingWeight());
            case CASCADE -> {
                double[] first = ngram.probabilities(tokens);
                yield blank || max(first) >= stage.cascadeGate() ? first
                        : average(first, embedded(utterance), stage.embeddingWeight());
            }
        };
        return IntentModel.classification(outcomes, probabilities, stage.threshold(combination), blank);
    }

    /** Head probabilities in the n-gram model's intent order. */
    private double[] embedded(String utterance) {
        return aligned(stage.head().probabilities(encoder.encode(TextNormaliser.standard().forEncoder(utterance))));
    }

    double[] aligned(double[] headProbabilities) {
        double[] p = new double[outcomes.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = headProbabilities[headIndex[i]];
        }
        return p;
    }

    /** Weighted mean: {@code (1 - weight) * ngram + weight * embedded}. */
    static double[] average(double[] ngram, double[] embedded, double weight) {
        double[] mean = new double[ngram.length];
        for (int i = 0; i < ngram.length; i++) {
            mean[i] = (1 - weight) * ngram[i] + weight * embedded[i];
        }
        return mean;
    }

    static double max(double[] p) {
        double best = 0;
        for (double v : p) {
            best = Math.max(best, v);
        }
        return best;
    }

    @Override
    public String toString() {
        return "TwoStageIntentModel[" + combination + ", " + outcomes.length + " intents, threshold "
                + outOfScopeThreshold() + ", embedding weight " + stage.embeddingWeight() + ", gate "
                + stage.cascadeGate() + "]";
    }
}
