package org.shopchat.intents;

/** Coarse reading of a message's tone; DISTRESSED means a human should probably look at the conversation. */
public enum SentimentLabel {
    DISTRESSED, NEGATIVE, NEUTRAL, POSITIVE;

    /** Lower-case form used on the CLI and in logs. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
