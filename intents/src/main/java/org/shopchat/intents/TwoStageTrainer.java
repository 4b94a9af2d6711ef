package org.shopchat.intents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.shopchat.intents.embedding.SentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * Trains both stages of a {@link TwoStageIntentModel} on the same data and tunes, on validation data only, the
 * out-of-scope threshold of every {@link Combination} and the cascade gate.
 *
 * <p>Deterministic for the same data, settings, encoder and seed. Give it a {@link
 * org.shopchat.intents.embedding.CachingSentenceEncoder} when the same sentences are trained on more than once.
 */
public final class TwoStageTrainer {

    /** Weights of the embedding stage tried for the average; 0.5 is the plain mean. */
    static final double[] WEIGHTS = {0.5, 0.6, 0.7, 0.8, 0.9};

    /** Gates tried for the cascade, lowest (least embedding) first. */
    static final double[] GATES = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999};

    /**
     * How much balanced validation accuracy the cascade may give up against always averaging, in exchange for
     * embedding fewer turns.
     */
    static final double CASCADE_TOLERANCE = 0.005;

    private final IntentTrainer ngramTrainer;
    private final SoftmaxHead.Settings headSettings;
    private final SentenceEncoder encoder;
    private final Consumer<String> progress;
    private final RejectionCriterion criterion;

    /** A trainer that tunes for {@link RejectionCriterion#BALANCED}. */
    public TwoStageTrainer(TrainerSettings ngramSettings, SoftmaxHead.Settings headSettings, SentenceEncoder encoder,
                           Consumer<String> progress) {
        this(ngramSettings, headSettings, encoder, progress, RejectionCriterion.BALANCED);
    }

    /** A trainer whose thresholds, embedding weight and cascade gate are the best by {@code criterion}. */
    public TwoStageTrainer(TrainerSettings ngramSettings, SoftmaxHead.Settings headSettings, SentenceEncoder encoder,
                           Consumer<String> progress, RejectionCriterion criterion) {
        this.ngramTrainer = new IntentTrainer(ngramSettings, progress);
        this.headSettings = Objects.requireNonNull(headSettings);
        this.encoder = Objects.requireNonNull(encoder);
        this.progress = Objects.requireNonNull(progress);
        this.criterion = Objects.requireNonNull(criterion);
    }

    /**
     * Trains on all of {@code data}; thresholds and gate come from seeded cross-validation of {@code data} (rejection
     * is off when it has no {@code out_of_scope} examples).
     */
    public TwoStageIntentModel train(List<LabeledUtterance> data, long seed) {
        return trainValidated(data, seed).model();
    }

    /**
     * A model trained on all of {@code data}, with the cross-validation it was tuned on: the gold intents and, for
     * {@link Combination#AVERAGE} and {@link Combination#CASCADE}, the out-of-fold classifications with the tuned
     * weight, threshold and gate (all empty when {@code data} has no {@code out_of_scope} examples).
     */
    public record Validated(TwoStageIntentModel model, List<IntentName> gold,
                            Map<Combination, List<Classification>> outOfFold) {

        public Validated {
            Objects.requireNonNull(model, "model must not be null");
            gold = List.copyOf(gold);
            outOfFold = Map.copyOf(outOfFold);
        }

        /** The out-of-fold classifications of {@code combination}, in the order of {@link #gold()}. */
        public List<Classification> outOfFold(Combination combination) {
            List<Classification> classifications = outOfFold.get(combination);
            if (classifications == null) {
                throw new IllegalArgumentException("no out-of-fold classifications kept for " + combination
                        + "; kept: " + outOfFold.keySet());
            }
            return classifications;
        }
    }

    /** As {@link #train(List, long)}, keeping the out-of-fold classifications (for {@link DialogueThresholds}). */
    public Validated trainValidated(List<LabeledUtterance> data, long seed) {
        Validation validation = new Validation();
        if (hasBothKinds(data)) {
            List<List<LabeledUtterance>> folds =
                    IntentTrainer.stratifiedFolds(data, ngramTrainer.settings().folds(), seed);
            for (int f = 0; f < folds.size(); f++) {
                progress.accept("cross-validation: fold " + (f + 1) + " of " + folds.size());
                List<LabeledUtterance> rest = new ArrayList<>();
                for (int g = 0; g < folds.size(); g++) {
                    if (g != f) {
                        rest.addAll(folds.get(g));
                    }
                }
                validation.add(trainUntuned(rest, seed), folds.get(f));
            }
        }
        TwoStageIntentModel untuned = trainUntuned(data, seed);
        if (validation.gold.isEmpty()) {
            return new Validated(untuned, List.of(),
                    Map.of(Combination.AVERAGE, List.of(), Combination.CASCADE, List.of()));
        }
        return tuned(untuned, validation);
    }

    /** Trains on {@code data} and tunes thresholds and gate on {@code validation}, which it never trains on. */
    public TwoStageIntentModel train(List<LabeledUtterance> data, List<LabeledUtterance> validation, long seed) {
        TwoStageIntentModel untuned = trainUntuned(data, seed);
        if (validation.isEmpty()) {
            return untuned;
        }
        Validation v = new Validation();
        v.add(untuned, validation);
        return tuned(untuned, v).model();
    }

    private TwoStageIntentModel trainUntuned(List<LabeledUtterance> data, long seed) {
        progress.accept("training n-gram model on " + data.size() + " utterances");
        IntentModel ngram = ngramTrainer.trainWithThreshold(data, 0.0);
        progress.accept("encoding and training embedding head on " + data.size() + " utterances");
        List<float[]> vectors = encoder.encodeAll(forEncoder(data));
        SoftmaxHead head = SoftmaxHead.train(vectors,
                data.stream().map(u -> u.intent().value()).toList(), headSettings, seed);
        Map<Combination, Double> none = new EnumMap<>(Combination.class);
        for (Combination c : Combination.values()) {
            none.put(c, 0.0);
        }
        return new TwoStageIntentModel(ngram, new EmbeddingStage(head, 0.5, 1.0, none), encoder,
                Combination.AVERAGE);
    }

    private Validated tuned(TwoStageIntentModel untuned, Validation v) {
        Map<Combination, Double> thresholds = new EnumMap<>(Combination.class);
        thresholds.put(Combination.NGRAM_ONLY, tune(v, v.ngram));
        thresholds.put(Combination.EMBEDDING_ONLY, tune(v, v.embedded));
        progress.accept(String.format(java.util.Locale.ROOT,
                "validation " + criterion + ": n-gram %.4f, embedding %.4f",
                score(v, v.ngram, thresholds.get(Combination.NGRAM_ONLY)),
                score(v, v.embedded, thresholds.get(Combination.EMBEDDING_ONLY))));
        List<double[]> averaged = null;
        double weight = 0.5;
        double averageThreshold = 0.0;
        double averageScore = -1.0;
        for (double w : WEIGHTS) {
            List<double[]> candidate = new ArrayList<>();
            for (int i = 0; i < v.gold.size(); i++) {
                candidate.add(TwoStageIntentModel.average(v.ngram.get(i), v.embedded.get(i), w));
            }
            double t = tune(v, candidate);
            double candidateScore = score(v, candidate, t);
            progress.accept(String.format(java.util.Locale.ROOT,
                    "validation " + criterion + ": average with embedding weight %.1f %.4f", w, candidateScore));
            if (candidateScore > averageScore) {
                averaged = candidate;
                weight = w;
                averageThreshold = t;
                averageScore = candidateScore;
            }
        }
        thresholds.put(Combination.AVERAGE, averageThreshold);
        double gate = 1.0;
        double gateThreshold = averageThreshold;
        List<double[]> chosen = averaged;
        for (double candidate : GATES) {
            List<double[]> cascaded = new ArrayList<>();
            for (int i = 0; i < v.gold.size(); i++) {
                cascaded.add(TwoStageIntentModel.max(v.ngram.get(i)) >= candidate ? v.ngram.get(i) : averaged.get(i));
            }
            double t = tune(v, cascaded);
            double cascadeScore = score(v, cascaded, t);
            progress.accept(String.format(java.util.Locale.ROOT, "validation " + criterion + ": cascade gate %.3f %.4f",
                    candidate, cascadeScore));
            if (cascadeScore >= averageScore - CASCADE_TOLERANCE) {
                gate = candidate;
                gateThreshold = t;
                chosen = cascaded;
                break;
            }
        }
        thresholds.put(Combination.CASCADE, gateThreshold);
        progress.accept(String.format(java.util.Locale.ROOT,
                "tuned on %d validation utterances: thresholds %s, embedding weight %.1f, cascade gate %.3f",
                v.gold.size(), thresholds, weight, gate));
        IntentModel ngram = untuned.ngramModel().withOutOfScopeThreshold(thresholds.get(Combination.NGRAM_ONLY));
        EmbeddingStage stage = new EmbeddingStage(untuned.embeddingStage().head(), weight, gate, thresholds);
        return new Validated(new TwoStageIntentModel(ngram, stage, encoder, Combination.AVERAGE), v.gold,
                Map.of(Combination.AVERAGE, classifications(v, averaged, averageThreshold),
                        Combination.CASCADE, classifications(v, chosen, gateThreshold)));
    }

    private double tune(Validation v, List<double[]> probabilities) {
        return OutOfScopeThreshold.tune(v.gold, classifications(v, probabilities, 0.0), criterion);
    }

    private double score(Validation v, List<double[]> probabilities, double threshold) {
        long oos = v.gold.stream().filter(IntentName::isOutOfScope).count();
        return OutOfScopeThreshold.value(v.gold, classifications(v, probabilities, 0.0), threshold,
                v.gold.size() - oos, oos, criterion);
    }

    private static List<Classification> classifications(Validation v, List<double[]> probabilities,
                                                        double threshold) {
        List<Classification> result = new ArrayList<>(probabilities.size());
        for (int i = 0; i < probabilities.size(); i++) {
            result.add(IntentModel.classification(v.outcomes, probabilities.get(i), threshold, v.blank.get(i)));
        }
        return result;
    }

    /** Both stages' probabilities on validation utterances, in one common intent order. */
    private final class Validation {
        IntentName[] outcomes;
        final List<IntentName> gold = new ArrayList<>();
        final List<Boolean> blank = new ArrayList<>();
        final List<double[]> ngram = new ArrayList<>();
        final List<double[]> embedded = new ArrayList<>();

        void add(TwoStageIntentModel model, List<LabeledUtterance> utterances) {
            IntentName[] modelOutcomes = model.ngramModel().outcomes();
            if (outcomes == null) {
                outcomes = modelOutcomes;
            }
            int[] toCommon = TwoStageIntentModel.alignment(modelOutcomes,
                    java.util.Arrays.stream(outcomes).map(IntentName::value).toList());
            List<float[]> vectors = encoder.encodeAll(forEncoder(utterances));
            for (int i = 0; i < utterances.size(); i++) {
                LabeledUtterance u = utterances.get(i);
                String[] tokens = model.ngramModel().tokens(u.text());
                gold.add(u.intent());
                blank.add(tokens.length == 0);
                ngram.add(reorder(model.ngramModel().probabilities(tokens), toCommon));
                embedded.add(reorder(model.aligned(model.embeddingStage().head().probabilities(vectors.get(i))),
                        toCommon));
            }
        }

        private double[] reorder(double[] p, int[] toCommon) {
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[toCommon[i]] = p[i];
            }
            return out;
        }
    }

    private static List<String> forEncoder(List<LabeledUtterance> utterances) {
        TextNormaliser normaliser = TextNormaliser.standard();
        return utterances.stream().map(u -> normaliser.forEncoder(u.text())).toList();
    }

    private static boolean hasBothKinds(List<LabeledUtterance> data) {
        return data.stream().anyMatch(u -> u.intent().isOutOfScope())
                && data.stream().anyMatch(u -> !u.intent().isOutOfScope());
    }
}
