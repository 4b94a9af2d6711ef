package org.shopchat.intents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of an intent, shared by training data, KB articles and the dialogue policy.
 * Snake case only, so names survive files, URLs and model manifests unchanged.
 */
public record IntentName(String value) implements Comparable<IntentName> {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_]*");

    /** Name of the class for anything a shop assistant should not try to answer. */
    public static final String OUT_OF_SCOPE_NAME = "out_of_scope";

    public static final IntentName OUT_OF_SCOPE = new IntentName(OUT_OF_SCOPE_NAME);

    public IntentName {
        Objects.requireNonNull(value, "intent name must not be null");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "invalid intent name '" + value + "': expected lower-case snake case like track_order");
        }
    }

    public static IntentName of(String value) {
        return new IntentName(value);
    }

    public boolean isOutOfScope() {
        return OUT_OF_SCOPE_NAME.equals(value);
    }

    @Override
    public int compareTo(IntentName other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
