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
     * Just under the test accuracy measured with the shipped head setting (learning rate 0.01, no L2; the same in
     * two runs, 2026-11-23): n-gram 0.8838, embedding 0.9269, average 0.9308, cascade 0.9208.
     */
    static final double BANKING77_NGRAM_FLOOR = 0.875;
    static final double BANKING77_EMBEDDING_FLOOR = 0.915;
    static final double BANKING77_AVERAGE_FLOOR = 0.92;
    static final double BANKING77_CASCADE_FLOOR = 0.91;

    /**
     * In-scope accuracy floors, just under the figures measured (the same in two runs, 2026-11-23): n-gram 0.7989,
     * embedding 0.8813, average and cascade 0.9196 (thresholds from val + oos_val only).
     */
    static final Map<Combination, Double> CLINC_IN_SCOPE_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.79,
            Combination.EMBEDDING_ONLY, 0.87,
            Combination.AVERAGE, 0.91,
            Combination.CASCADE, 0.91);

    /** Out-of-scope recall floors; measured n-gram 0.799, embedding 0.889, average and cascade 0.864. */
    static final Map<Combination, Double> CLINC_OOS_RECALL_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.78,
            Combination.EMBEDDING_ONLY, 0.87,
            Combination.AVERAGE, 0.85,
            Combination.CASCADE, 0.85);

    private EvalSettings() {
    }
}
