package org.shopchat.intents;

import java.util.EnumSet;
import java.util.Set;

/**
 * How an intent model is trained. Defaults were chosen by measurement on validation splits (see README).
 *
 * @param features   kinds of features
 * @param iterations maximum L-BFGS iterations of OpenNLP's MAXENT_QN trainer
 * @param cutoff     features seen fewer times than this are dropped
 * @param l1Cost     L1 regularisation; sparsifies the char n-gram weights
 * @param l2Cost     L2 regularisation
 * @param threads    training threads
 * @param folds      folds of the cross-validation that tunes the out-of-scope threshold when no validation set is given
 */
public record TrainerSettings(Set<FeatureSet> features, int iterations, int cutoff, double l1Cost, double l2Cost,
                              int threads, int folds) {

    public static final TrainerSettings DEFAULT =
            new TrainerSettings(FeatureSet.DEFAULT, 100, 2, 0.1, 0.1, Math.min(2, Runtime.getRuntime().availableProcessors()), 3);

    public TrainerSettings {
        features = Set.copyOf(EnumSet.copyOf(features));
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive, was " + iterations);
        }
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must not be negative, was " + cutoff);
        }
        if (l1Cost < 0 || l2Cost < 0) {
            throw new IllegalArgumentException("regularisation costs must not be negative");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, was " + threads);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
    }

    public TrainerSettings withFeatures(Set<FeatureSet> newFeatures) {
        return new TrainerSettings(newFeatures, iterations, cutoff, l1Cost, l2Cost, threads, folds);
    }

    public TrainerSettings withIterations(int newIterations) {
        return new TrainerSettings(features, newIterations, cutoff, l1Cost, l2Cost, threads, folds);
    }

    public TrainerSettings withCutoff(int newCutoff) {
        return new TrainerSettings(features, iterations, newCutoff, l1Cost, l2Cost, threads, folds);
    }

    public TrainerSettings withCosts(double newL1, double newL2) {
        return new TrainerSettings(features, iterations, cutoff, newL1, newL2, threads, folds);
    }
}
