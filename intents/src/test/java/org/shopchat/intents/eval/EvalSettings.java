package org.shopchat.intents.eval;

import java.util.Map;

import org.shopchat.intents.Combination;
import org.shopchat.intents.TrainerSettings;

/**
 * Settings and floors of the benchmark evaluations that run in CI.
 *
 * <p>The benchmark runs train the n-gram stage with 30 L-BFGS iterations and feature cutoff 5 so that both together
 * stay within a few minutes on two cores; OpenNLP's QN trainer costs several seconds per iteration at this size. The
 * README lists the figures of longer runs. Floors sit just under the figures measured with exactly these settings.
 */
final class EvalSettings {

    static final TrainerSettings BENCHMARK = TrainerSettings.DEFAULT.withIterations(30).withCutoff(5);

    /**
     * Just under the test accuracy measured with the shipped head setting (learning rate 0.01, no L2) over MiniLM and
     * e5 side by side, embedding weight 0.7 and gate 0.99 from the shipped model (2026-12-03): n-gram 0.8838,
     * embedding 0.9250, average 0.9305, cascade 0.9227.
     */
    static final double BANKING77_NGRAM_FLOOR = 0.875;
    static final double BANKING77_EMBEDDING_FLOOR = 0.915;
    static final double BANKING77_AVERAGE_FLOOR = 0.925;
    static final double BANKING77_CASCADE_FLOOR = 0.91;

    /**
     * In-scope accuracy floors, just under the figures measured with thresholds, weight and gate chosen on val +
     * oos_val for a validation out-of-scope recall of at least 0.85 (2026-12-03): n-gram 0.8107, embedding 0.9276,
     * average 0.9464, cascade 0.9409.
     */
    static final Map<Combination, Double> CLINC_IN_SCOPE_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.80,
            Combination.EMBEDDING_ONLY, 0.92,
            Combination.AVERAGE, 0.94,
            Combination.CASCADE, 0.935);

    /** Out-of-scope recall floors; measured n-gram 0.774, embedding 0.839, average 0.806, cascade 0.794. */
    static final Map<Combination, Double> CLINC_OOS_RECALL_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.76,
            Combination.EMBEDDING_ONLY, 0.83,
            Combination.AVERAGE, 0.795,
            Combination.CASCADE, 0.785);

    private EvalSettings() {
    }
}
