package org.shopchat.bot.learning;

import java.util.function.Consumer;

/**
 * Turns the trainers' progress messages into a phase and a percentage. The trainers report each cross-validation
 * fold and, per model trained, its n-gram and embedding steps; the steps of a training are known in advance
 * (3 folds + the final model), so their count gives the share done. Training is 2–80 %, evaluation the rest.
 */
final class TrainingProgress implements Consumer<String> {

    interface Sink {
        void phase(String phase, int percent);
    }

    private static final int FOLDS = org.shopchat.intents.TrainerSettings.DEFAULT.folds();

    private final Sink sink;
    private final int steps;
    private int done;
    private int percent;

    TrainingProgress(ModelVersions.Kind kind, Sink sink) {
        this.sink = sink;
        // Two stages: per fold a fold message, the n-gram step and the embedding step, then both for the final
        // model. The n-gram trainer alone: a message per fold and one for the final model.
        this.steps = kind == ModelVersions.Kind.TWO_STAGE ? 3 * FOLDS + 2 : FOLDS + 1;
    }

    @Override
    public void accept(String message) {
        if (message.contains("fold") || message.startsWith("training") || message.startsWith("encoding")) {
            done = Math.min(done + 1, steps);
            phase(message, 2 + 78 * done / steps);
        }
    }

    void phase(String phase, int newPercent) {
        percent = Math.max(percent, Math.min(100, newPercent));
        sink.phase(phase, percent);
    }
}
