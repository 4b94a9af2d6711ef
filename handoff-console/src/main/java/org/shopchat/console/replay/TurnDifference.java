package org.shopchat.console.replay;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One customer message whose decision would change.
 *
 * @param changes        what changed
 * @param recordedAnswer what answered it then: {@code article:ID}, {@code template:ID}, {@code order flow: ACT} or
 *                       {@code hand-over}
 * @param replayedAnswer the same for the candidate
 */
public record TurnDifference(UUID conversationId, long seq, String customerText, Set<Change> changes,
                             String recordedIntent, String replayedIntent, String recordedAct, String replayedAct,
                             String recordedAnswer, String replayedAnswer) {

    /** Kinds of change, as counted in the report. */
    public enum Change {
        INTENT("intent"), ANSWER("answer"), ESCALATION_GAINED("escalation gained"), ESCALATION_LOST("escalation lost");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TurnDifference {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(customerText, "customerText");
        changes = Set.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a difference changes something");
        }
    }
}
