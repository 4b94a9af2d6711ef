package org.shopchat.bot.learning;

/**
 * Whether a retrained candidate may replace the active model: its accuracy on the held-out set (never trained on)
 * must not be lower than the active model's by more than the configured margin.
 *
 * @param candidate the candidate's held-out accuracy
 * @param active    the active model's held-out accuracy, measured on the same set at the same time
 * @param margin    {@code shopchat.learning.gate-margin}
 */
record ModelGate(double candidate, double active, double margin) {

    /**
     * Accuracies are counts over the same set; a difference smaller than this is rounding, not a worse model
     * (one utterance of the 845 held-out ones moves accuracy by 0.0012).
     */
    private static final double ROUNDING = 1e-9;

    boolean passed() {
        return candidate + ROUNDING >= active - margin;
    }

    String explanation() {
        return String.format(java.util.Locale.ROOT, "held-out accuracy %.4f %s the active model's %.4f − margin %.4f",
                candidate, passed() ? "≥" : "<", active, margin);
    }
}
