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
     * Measured 0.8838 (n-gram), and with an earlier head setting (learning rate 0.005, L2 1e-4, plain mean, gate 0.7)
     * 0.9052 (embedding), 0.8951 (average), 0.8916 (cascade). The current head (0.01, no L2) scored 0.927 against
     * that setting's 0.907 on a 90/10 split of the training data; its test figures were not measured in time, so
     * these floors are the earlier ones.
     */
    static final double BANKING77_NGRAM_FLOOR = 0.875;
    static final double BANKING77_EMBEDDING_FLOOR = 0.895;
    static final double BANKING77_AVERAGE_FLOOR = 0.885;
    static final double BANKING77_CASCADE_FLOOR = 0.88;

    /**
     * In-scope accuracy floors; n-gram measured 0.7989 (threshold 0.967 from val + oos_val). The combinations with
     * the embedding stage were not measured on CLINC150 in time: their floors are the n-gram's, i.e. they must not
     * be worse than the n-gram model alone.
     */
    static final Map<Combination, Double> CLINC_IN_SCOPE_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.79,
            Combination.EMBEDDING_ONLY, 0.79,
            Combination.AVERAGE, 0.79,
            Combination.CASCADE, 0.79);

    /** Out-of-scope recall floors; n-gram measured 0.799. */
    static final Map<Combination, Double> CLINC_OOS_RECALL_FLOOR = Map.of(
            Combination.NGRAM_ONLY, 0.78,
            Combination.EMBEDDING_ONLY, 0.78,
            Combination.AVERAGE, 0.78,
            Combination.CASCADE, 0.78);

    private EvalSettings() {
    }
}
