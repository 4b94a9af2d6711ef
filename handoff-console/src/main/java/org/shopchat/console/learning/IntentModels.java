package org.shopchat.console.learning;

import java.util.List;

/**
 * The intent models trained from the examples: retraining in the background (one at a time across all instances),
 * the held-out gate that decides whether a candidate is activated, versions, and activating an earlier one
 * (rollback). The application implements it.
 */
public interface IntentModels {

    /** Every version, newest first. */
    List<ModelVersion> versions();

    /** The training running now (on any instance), or the last one when none runs. */
    TrainingStatus training();

    /**
     * Starts training a candidate from the current examples and returns its version number at once.
     *
     * @throws LearningRefusedException when a training runs already or the examples cannot be trained on
     */
    int retrain(String requestedBy);

    /**
     * Makes a version that passed its gate (or the shipped one) the active model on every instance.
     *
     * @throws LearningRefusedException when there is no such version, it failed its gate or is active already
     */
    void activate(int version, String activatedBy);
}
