package org.shopchat.intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained intent classifier: an OpenNLP document-categorizer model plus the out-of-scope threshold.
 *
 * <p>Immutable and thread-safe: classification only reads the maxent weights, and our feature generators keep no
 * state. The threshold is stored in the OpenNLP model's manifest, so a saved model is one ordinary
 * OpenNLP doccat file.
 */
public final class IntentModel implements IntentClassifier {

    static final String THRESHOLD_PROPERTY = "shopchat-oos-threshold";
    static final String NORMALISER_PROPERTY = "shopchat-normaliser-version";

    private final DoccatModel doccat;
    private final MaxentModel maxent;
    /** The model's probabilities for normalised tokens. */
    private final Function<String[], double[]> evaluation;
    private final FeatureGenerator[] generators;
    private final IntentName[] outcomes;
    private final double threshold;
    private final TextNormaliser normaliser = TextNormaliser.standard();

    IntentModel(DoccatModel doccat, double threshold) {
        this(doccat, evaluation(doccat), threshold);
    }

    private IntentModel(DoccatModel doccat, Function<String[], double[]> evaluation, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("out-of-scope threshold must be in [0, 1], was " + threshold);
        }
        this.doccat = Objects.requireNonNull(doccat);
        this.maxent = doccat.getMaxentModel();
        this.evaluation = evaluation;
        this.generators = doccat.getFactory().getFeatureGenerators();
        this.outcomes = new IntentName[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = new IntentName(maxent.getOutcome(i));
        }
        this.threshold = threshold;
    }

    /** Probabilities for tokens: from {@link IntentWeights} for our models, from OpenNLP for any other. */
    private static Function<String[], double[]> evaluation(DoccatModel doccat) {
        MaxentModel maxent = doccat.getMaxentModel();
        FeatureGenerator[] generators = doccat.getFactory().getFeatureGenerators();
        return IntentWeights.of(maxent)
                .<Function<String[], double[]>>map(weights -> tokens -> weights.probabilities(tokens, generators))
                .orElse(tokens -> maxent.eval(context(generators, tokens)));
    }

    /**
     * Reads a model written by {@link #save(OutputStream)}.
     *
     * @throws IOException if the stream is not an intent model of this version
     */
    public static IntentModel load(InputStream in) throws IOException {
        FeatureSet.registerWithOpenNlp();
        DoccatModel doccat;
        try {
            doccat = new DoccatModel(in);
        } catch (RuntimeException e) {
            throw new IOException("not a readable intent model: " + e.getMessage(), e);
        }
        String version = doccat.getManifestProperty(NORMALISER_PROPERTY);
        if (!TextNormaliser.VERSION.equals(version)) {
            throw new IOException("intent model was built for text normaliser version " + version
                    + ", this library has version " + TextNormaliser.VERSION + ": retrain it");
        }
        String threshold = doccat.getManifestProperty(THRESHOLD_PROPERTY);
        try {
            return new IntentModel(doccat, Double.parseDouble(threshold));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IOException("intent model has no valid out-of-scope threshold: " + threshold, e);
        }
    }

    /** Writes the model; the stream is left open. */
    public void save(OutputStream out) throws IOException {
        withManifestThreshold().serialize(out);
    }

    private DoccatModel withManifestThreshold() {
        Map<String, String> manifest = new HashMap<>();
        manifest.put(THRESHOLD_PROPERTY, Double.toString(threshold));
        manifest.put(NORMALISER_PROPERTY, TextNormaliser.VERSION);
        return new DoccatModel(doccat.getLanguage(), maxent, manifest, doccat.getFactory());
    }

    /** Confidence below which the best in-scope intent is rejected; 0 when rejection is off. */
    public double outOfScopeThreshold() {
        return threshold;
    }

    /** The same model with another threshold. */
    public IntentModel withOutOfScopeThreshold(double newThreshold) {
        return new IntentModel(doccat, evaluation, newThreshold);
    }

    /** The intents this model can predict, in the model's order. */
    public List<IntentName> intents() {
        return List.of(outcomes);
    }

    @Override
    public Classification classify(String utterance) {
        Objects.requireNonNull(utterance, "utterance must not be null");
        String[] tokens = normaliser.tokens(utterance);
        return classification(outcomes, evaluation.apply(tokens), threshold, tokens.length == 0);
    }

    /** The normalised tokens the model reads; none for blank or punctuation-only text. */
    String[] tokens(String utterance) {
        return normaliser.tokens(utterance);
    }

    /** Probabilities of every intent in the order of {@link #intents()}. */
    double[] probabilities(String[] tokens) {
        return evaluation.apply(tokens);
    }

    /** The same probabilities from OpenNLP's own evaluation of the model, which {@link IntentWeights} replaces. */
    double[] openNlpProbabilities(String[] tokens) {
        return maxent.eval(context(tokens));
    }

    MaxentModel maxent() {
        return maxent;
    }

    FeatureGenerator[] generators() {
        return generators.clone();
    }

    IntentName[] outcomes() {
        return outcomes.clone();
    }

    /**
     * The classification for probabilities over {@code outcomes}: out of scope when the text was blank, when
     * {@code out_of_scope} wins, or when the best in-scope intent is below {@code threshold}.
     */
    static Classification classification(IntentName[] outcomes, double[] probabilities, double threshold,
                                         boolean blank) {
        double[] clamped = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            clamped[i] = clamp(probabilities[i]);
        }
        Classification unthresholded = new Classification(new IntentRanking(outcomes, clamped), false);
        boolean outOfScope = blank
                || unthresholded.top().intent().isOutOfScope()
                || unthresholded.topInScope().map(s -> s.confidence() < threshold).orElse(true);
        return new Classification(unthresholded.ranking(), outOfScope);
    }

    /** Every generator's features, in the generators' order: the context OpenNLP's categorizer would build. */
    String[] context(String[] tokens) {
        return context(generators, tokens);
    }

    private static String[] context(FeatureGenerator[] generators, String[] tokens) {
        List<Collection<String>> parts = new ArrayList<>(generators.length);
        int size = 0;
        for (FeatureGenerator generator : generators) {
            Collection<String> part = generator.extractFeatures(tokens, Map.of());
            parts.add(part);
            size += part.size();
        }
        String[] context = new String[size];
        int at = 0;
        for (Collection<String> part : parts) {
            for (String feature : part) {
                context[at++] = feature;
            }
        }
        return context;
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    @Override
    public String toString() {
        return "IntentModel" + Arrays.toString(outcomes) + " threshold=" + threshold;
    }
}
