package org.shopchat.console.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Similar gap messages.
 *
 * @param count    how many messages the group has
 * @param reasons  how many of them count for each reason (a message may count for several)
 * @param examples the newest messages of the group, newest first
 */
public record GapGroup(int count, Map<GapReason, Integer> reasons, Instant newest, List<GapMessage> examples) {

    public GapGroup {
        Objects.requireNonNull(newest, "newest");
        reasons = Map.copyOf(reasons);
        examples = List.copyOf(examples);
        if (examples.isEmpty() || count < examples.size()) {
            throw new IllegalArgumentException("a group has at least one example and no more examples than messages");
        }
    }

    /** The newest message stands for the group. */
    public String headline() {
        return examples.getFirst().text();
    }
}
