package org.shopchat.console.learning;

import java.util.Objects;

/** An intent and how many examples it has. */
public record IntentSummary(String name, int examples) {

    public IntentSummary {
        Objects.requireNonNull(name, "name");
    }
}
