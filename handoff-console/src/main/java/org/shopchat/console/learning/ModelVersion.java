package org.shopchat.console.learning;

import java.time.Instant;

/**
 * One intent model version.
 *
 * @param status           {@code SHIPPED}, {@code TRAINING}, {@code PASSED}, {@code REJECTED} or {@code FAILED}
 * @param kind             {@code TWO_STAGE} (n-gram + sentence-embedding head) or {@code NGRAM}
 * @param accuracy         held-out accuracy, null until measured
 * @param baselineVersion  the version that was active when this candidate met the gate, null if it never did
 * @param baselineAccuracy that version's held-out accuracy then
 * @param gateMargin       how much lower than the baseline the candidate was allowed to be
 * @param trainingSeconds  wall time of training and evaluation, null while running or for the shipped model
 * @param note             why a candidate was rejected or failed, in words
 * @param active           whether it is the model the bot answers with now
 */
public record ModelVersion(int version, String status, String kind, int examples, int intents, Double accuracy,
                           Integer baselineVersion, Double baselineAccuracy, Double gateMargin, Double trainingSeconds,
                           String note, String requestedBy, Instant startedAt, boolean active) {

    /** Whether it may be activated (again): it passed its gate, or it is the shipped model. */
    public boolean activatable() {
        return !active && ("PASSED".equals(status) || "SHIPPED".equals(status));
    }
}
