package org.shopchat.intents;

import java.util.List;
import java.util.Objects;

/**
 * Tone of a message.
 *
 * @param score        polarity in [-1, 1], negative is unhappy
 * @param label        the coarse label derived from score and distress cues
 * @param distressCues human-readable names of the distress cues found, such as {@code threat_to_leave}
 */
public record Sentiment(double score, SentimentLabel label, List<String> distressCues) {

    public Sentiment {
        Objects.requireNonNull(label, "label must not be null");
        if (!(score >= -1.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [-1, 1], was " + score);
        }
        distressCues = List.copyOf(distressCues);
    }
}
