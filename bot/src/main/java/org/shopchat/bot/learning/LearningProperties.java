package org.shopchat.bot.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The learning loop's settings ({@code shopchat.learning}).
 *
 * @param gateMargin             a retrained candidate is activated only if its held-out accuracy is at least the
 *                               active model's minus this (0.01 = one point lower at most)
 * @param minExamplesPerIntent   fewest examples an intent needs before the models can be retrained
 * @param staleTrainingAfter     a training whose instance sent no heartbeat for this long counts as abandoned, so
 *                               another may start
 * @param activeModelCheck       how often each instance compares its intent model with the active version in the
 *                               database, in case it missed the notice of an activation on another instance
 */
@ConfigurationProperties("shopchat.learning")
record LearningProperties(@DefaultValue("0.01") double gateMargin, @DefaultValue("5") int minExamplesPerIntent,
                          @DefaultValue("10m") Duration staleTrainingAfter,
                          @DefaultValue("30s") Duration activeModelCheck) {

    LearningProperties {
        if (activeModelCheck == null || activeModelCheck.toMillis() < 1_000) {
            throw new IllegalArgumentException("shopchat.learning.active-model-check must be at least 1s, was "
                    + activeModelCheck);
        }
        if (!(gateMargin >= 0.0 && gateMargin < 1.0)) {
            throw new IllegalArgumentException("shopchat.learning.gate-margin must be in [0, 1), was " + gateMargin);
        }
        if (minExamplesPerIntent < 1) {
            throw new IllegalArgumentException("shopchat.learning.min-examples-per-intent must be at least 1, was "
                    + minExamplesPerIntent);
        }
        if (staleTrainingAfter == null || staleTrainingAfter.toSeconds() < 60) {
            throw new IllegalArgumentException("shopchat.learning.stale-training-after must be at least 1m, was "
                    + staleTrainingAfter);
        }
    }
}
