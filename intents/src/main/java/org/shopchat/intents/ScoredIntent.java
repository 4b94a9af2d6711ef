package org.shopchat.intents;

import java.util.Objects;

/** An intent with the classifier's confidence in it, a probability in [0, 1]. */
public record ScoredIntent(IntentName intent, double confidence) {

    public ScoredIntent {
        Objects.requireNonNull(intent, "intent must not be null");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
