package org.shopchat.console.replay;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a candidate configuration would change in the stored conversations.
 *
 * @param conversations    conversations replayed
 * @param missing          listed conversation ids that are not stored
 * @param turns            customer messages decided again
 * @param notRerun         customer messages taken as recorded (a person answered, order-flow and hand-over steps)
 * @param changes          per kind of change, how many turns have it
 * @param changedTurns     turns with at least one change
 * @param examples         the first differing turns, in conversation order (at most the request's maxExamples)
 * @param draftArticles    the articles answered from their latest draft (empty with published content)
 * @param candidate        the configuration decided with
 */
public record ReplayReport(int conversations, int missing, int turns, int notRerun,
                           Map<TurnDifference.Change, Integer> changes, int changedTurns,
                           List<TurnDifference> examples, List<String> draftArticles, ReplayCandidate candidate) {

    public ReplayReport {
        changes = Map.copyOf(changes);
        examples = List.copyOf(examples);
        draftArticles = List.copyOf(draftArticles);
        Objects.requireNonNull(candidate, "candidate");
    }

    public int count(TurnDifference.Change change) {
        return changes.getOrDefault(change, 0);
    }
}
