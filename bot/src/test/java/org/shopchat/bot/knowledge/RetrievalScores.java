package org.shopchat.bot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** hit@1, hit@3 and MRR@5 over ranked answers to questions with one expected article each. */
final class RetrievalScores {

    /** One question's outcome: the expected article and the ranked article ids the search returned. */
    record Outcome(String question, String expected, List<String> ranked, double topScore) {

        /** 1-based rank of the expected article, 0 when it is not among the results. */
        int rank() {
            return ranked.indexOf(expected) + 1;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    int size() {
        return outcomes.size();
    }

    double hitAt(int k) {
        return outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= k).count() / (double) outcomes.size();
    }

    double mrrAt(int k) {
        return outcomes.stream().mapToDouble(o -> o.rank() >= 1 && o.rank() <= k ? 1.0 / o.rank() : 0.0).sum()
                / outcomes.size();
    }

    /** Share of questions whose best score reaches the threshold, i.e. that the bot would answer at all. */
    double answeredAt(double minScore) {
        return outcomes.stream().filter(o -> o.topScore() >= minScore).count() / (double) outcomes.size();
    }

    /** Share of questions answered with the expected article at this threshold. */
    double answeredRightAt(double minScore) {
        return outcomes.stream().filter(o -> o.topScore() >= minScore && o.rank() == 1).count()
                / (double) outcomes.size();
    }

    List<Outcome> misses() {
        return outcomes.stream().filter(o -> o.rank() != 1).toList();
    }

    String summary() {
        return "n=%d hit@1=%.3f hit@3=%.3f MRR@5=%.3f".formatted(size(), hitAt(1), hitAt(3), mrrAt(5));
    }
}
