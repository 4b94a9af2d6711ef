package org.shopchat.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses a dialogue's two confidence thresholds from classifications of utterances the model was not trained on
 * (cross-validation folds): below {@code minConfidence} the bot says it did not understand, and when the two best
 * intents are closer than {@code clarifyMargin} it asks which one is meant. Each outcome has a cost to the customer;
 * the thresholds with the lowest mean cost win.
 *
 * <p>The decision mirrors the bot's dialogue policy for a message outside a flow: out of scope first, then the
 * minimum confidence, then the clarifying question (only when the runner-up has at least half the minimum).
 */
public final class DialogueThresholds {

    /** Minimum confidences tried. */
    static final double[] MIN_CONFIDENCES = {0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};

    /** Clarify margins tried; 0 never asks. */
    static final double[] CLARIFY_MARGINS = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3};

    /**
     * What each outcome costs, in units of one wrong answer.
     *
     * @param notUnderstood the customer is asked to rephrase an in-scope question
     * @param clarifyRight  a clarifying question whose two options include the right one (one tap)
     * @param clarifyWrong  a clarifying question without the right option
     * @param rejectedOutOfScope an out-of-scope message answered "not understood" instead of "not our business"
     */
    public record Costs(double notUnderstood, double clarifyRight, double clarifyWrong, double rejectedOutOfScope) {

        /** A wrong answer is 1; a rephrase request 0.4; a clarifying question 0.2, or 0.6 without the right option. */
        public static final Costs DEFAULT = new Costs(0.4, 0.2, 0.6, 0.2);
    }

    /**
     * One pair of thresholds and how the messages fared: shares of all messages answered right, answered wrong,
     * clarified and not understood, and the mean cost.
     */
    public record Point(double minConfidence, double clarifyMargin, double right, double wrong, double clarified,
                        double notUnderstood, double cost) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "min-confidence %.2f, clarify-margin %.2f: right %.4f, wrong %.4f, "
                    + "clarified %.4f, not understood %.4f, cost %.4f", minConfidence, clarifyMargin, right, wrong,
                    clarified, notUnderstood, cost);
        }
    }

    private DialogueThresholds() {
    }

    /**
     * How much mean cost the recommended pair may give up against the cheapest, in exchange for answering more turns
     * straight away: a question or a rephrase request interrupts every customer it is put to, which the costs do not
     * fully price in.
     */
    static final double TOLERANCE = 0.005;

    /**
     * The pair to ship: of those within {@link #TOLERANCE} of the cheapest, the one that leaves the fewest turns
     * unanswered (clarified or not understood), then gives the fewest wrong answers.
     */
    public static Point recommended(List<Point> points) {
        double cheapest = points.stream().mapToDouble(Point::cost).min()
                .orElseThrow(() -> new IllegalArgumentException("no points"));
        return points.stream().filter(p -> p.cost() <= cheapest + TOLERANCE)
                .min(Comparator.comparingDouble((Point p) -> p.clarified() + p.notUnderstood()).thenComparingDouble(Point::wrong)
                        .thenComparingDouble(Point::minConfidence))
                .orElseThrow();
    }

    /** Every pair of the grid, cheapest first (ties: the lower minimum confidence, then the smaller margin). */
    public static List<Point> evaluate(List<IntentName> gold, List<Classification> predicted, Costs costs) {
        Objects.requireNonNull(costs, "costs must not be null");
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need as many classifications as gold intents, and at least one: "
                    + gold.size() + " gold, " + predicted.size() + " classifications");
        }
        List<Point> points = new ArrayList<>();
        for (double minConfidence : MIN_CONFIDENCES) {
            for (double margin : CLARIFY_MARGINS) {
                points.add(point(gold, predicted, minConfidence, margin, costs));
            }
        }
        points.sort(Comparator.comparingDouble(Point::cost).thenComparingDouble(Point::minConfidence)
                .thenComparingDouble(Point::clarifyMargin));
        return List.copyOf(points);
    }

    static Point point(List<IntentName> gold, List<Classification> predicted, double minConfidence, double margin,
                       Costs costs) {
        int right = 0;
        int wrong = 0;
        int clarified = 0;
        int notUnderstood = 0;
        double cost = 0;
        for (int i = 0; i < gold.size(); i++) {
            IntentName truth = gold.get(i);
            Classification c = predicted.get(i);
            if (c.outOfScope()) {
                if (truth.isOutOfScope()) {
                    right++;
                } else {
                    notUnderstood++;
                    cost += costs.notUnderstood();
                }
                continue;
            }
            if (c.top().confidence() < minConfidence) {
                notUnderstood++;
                cost += truth.isOutOfScope() ? costs.rejectedOutOfScope() : costs.notUnderstood();
                continue;
            }
            List<ScoredIntent> two = c.ranking().stream().filter(s -> !s.intent().isOutOfScope()).limit(2).toList();
            if (two.size() == 2 && two.get(0).confidence() - two.get(1).confidence() < margin
                    && two.get(1).confidence() >= minConfidence / 2) {
                clarified++;
                boolean offered = two.get(0).intent().equals(truth) || two.get(1).intent().equals(truth);
                cost += offered ? costs.clarifyRight() : costs.clarifyWrong();
                continue;
            }
            if (c.top().intent().equals(truth)) {
                right++;
            } else {
                wrong++;
                cost += 1.0;
            }
        }
        double n = gold.size();
        return new Point(minConfidence, margin, right / n, wrong / n, clarified / n, notUnderstood / n, cost / n);
    }
}
