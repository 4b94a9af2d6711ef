package org.shopchat.intents;

import java.util.Objects;

/** One training or test example. */
public record LabeledUtterance(IntentName intent, String text) {

    public LabeledUtterance {
        Objects.requireNonNull(intent, "intent must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("utterance text must not be blank (intent " + intent + ")");
        }
    }

    public static LabeledUtterance of(String intent, String text) {
        return new LabeledUtterance(new IntentName(intent), text);
    }
}
