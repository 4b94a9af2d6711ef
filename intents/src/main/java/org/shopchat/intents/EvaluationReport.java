package org.shopchat.intents;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Result of evaluating a classifier on labelled test data. The prediction for each utterance is
 * {@link Classification#decision()}: a rejected utterance counts as predicted {@code out_of_scope}.
 *
 * @param total            test utterances
 * @param accuracy         share predicted exactly right, out-of-scope ones included
 * @param macroF1          mean F1 over every intent seen in the gold labels or the predictions
 * @param perIntent        precision, recall and F1 per intent, by name
 * @param topConfusions    the ten most frequent (expected, predicted) mistakes, largest first
 * @param outOfScopeRecall share of out-of-scope test utterances that were rejected; empty without any
 * @param inScopeAccuracy  share of in-scope test utterances given their exact intent (a rejection counts as wrong);
 *                         empty without out-of-scope test utterances, where it would equal accuracy
 */
public record EvaluationReport(int total, double accuracy, double macroF1, List<IntentScore> perIntent,
                               List<Confusion> topConfusions, OptionalDouble outOfScopeRecall,
                               OptionalDouble inScopeAccuracy) {

    public EvaluationReport {
        perIntent = List.copyOf(perIntent);
        topConfusions = List.copyOf(topConfusions);
    }

    public record IntentScore(IntentName intent, int support, double precision, double recall, double f1) {
    }

    public record Confusion(IntentName expected, IntentName predicted, int count) {
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "utterances        %d%n", total));
        out.append(String.format(Locale.ROOT, "accuracy          %.4f%n", accuracy));
        out.append(String.format(Locale.ROOT, "macro-F1          %.4f%n", macroF1));
        inScopeAccuracy.ifPresent(a -> out.append(String.format(Locale.ROOT, "in-scope accuracy %.4f%n", a)));
        outOfScopeRecall.ifPresent(r -> out.append(String.format(Locale.ROOT, "out-of-scope recall %.4f%n", r)));
        out.append(String.format(Locale.ROOT, "%nper intent%n%-32s %7s %9s %7s %7s%n", "intent", "support",
                "precision", "recall", "F1"));
        for (IntentScore s : perIntent) {
            out.append(String.format(Locale.ROOT, "%-32s %7d %9.4f %7.4f %7.4f%n", s.intent(), s.support(),
                    s.precision(), s.recall(), s.f1()));
        }
        out.append(String.format(Locale.ROOT, "%nlargest confusions (expected -> predicted: count)%n"));
        for (Confusion c : topConfusions) {
            out.append(String.format(Locale.ROOT, "%s -> %s: %d%n", c.expected(), c.predicted(), c.count()));
        }
        return out.toString();
    }

    public String toJson() {
        StringBuilder out = new StringBuilder("{");
        out.append("\"total\":").append(total);
        out.append(",\"accuracy\":").append(number(accuracy));
        out.append(",\"macroF1\":").append(number(macroF1));
        inScopeAccuracy.ifPresent(a -> out.append(",\"inScopeAccuracy\":").append(number(a)));
        outOfScopeRecall.ifPresent(r -> out.append(",\"outOfScopeRecall\":").append(number(r)));
        out.append(",\"perIntent\":[");
        for (int i = 0; i < perIntent.size(); i++) {
            IntentScore s = perIntent.get(i);
            out.append(i == 0 ? "" : ",").append("{\"intent\":\"").append(s.intent()).append("\",\"support\":")
                    .append(s.support()).append(",\"precision\":").append(number(s.precision()))
                    .append(",\"recall\":").append(number(s.recall())).append(",\"f1\":").append(number(s.f1()))
                    .append('}');
        }
        out.append("],\"topConfusions\":[");
        for (int i = 0; i < topConfusions.size(); i++) {
            Confusion c = topConfusions.get(i);
            out.append(i == 0 ? "" : ",").append("{\"expected\":\"").append(c.expected())
                    .append("\",\"predicted\":\"").append(c.predicted()).append("\",\"count\":").append(c.count())
                    .append('}');
        }
        return out.append("]}").toString();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }
}
