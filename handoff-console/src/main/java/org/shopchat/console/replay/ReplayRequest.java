package org.shopchat.console.replay;

import java.util.Objects;

/**
 * A replay to run.
 *
 * @param maxExamples how many differing turns the report shows (all are counted)
 */
public record ReplayRequest(ConversationSelection selection, ReplayCandidate candidate, int maxExamples) {

    public ReplayRequest {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(candidate, "candidate");
        if (maxExamples < 0 || maxExamples > ReplayForm.MAX_EXAMPLES) {
            throw new IllegalArgumentException("examples are 0 to " + ReplayForm.MAX_EXAMPLES);
        }
    }
}
