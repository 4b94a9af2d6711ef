package org.shopchat.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;

/** Scores a classifier against labelled test data. */
public final class IntentEvaluator {

    static final int CONFUSIONS_REPORTED = 10;

    private IntentEvaluator() {
    }

    public static EvaluationReport evaluate(IntentClassifier classifier, List<LabeledUtterance> test) {
        if (test.isEmpty()) {
            throw new IllegalArgumentException("no test data");
        }
        List<IntentName> predicted = test.parallelStream()
                .map(u -> classifier.classify(u.text()).decision().intent()).toList();
        return score(test.stream().map(LabeledUtterance::intent).toList(), predicted);
    }

    static EvaluationReport score(List<IntentName> gold, List<IntentName> predicted) {
        Map<IntentName, Integer> truePositives = new HashMap<>();
        Map<IntentName, Integer> goldCount = new HashMap<>();
        Map<IntentName, Integer> predictedCount = new HashMap<>();
        Map<List<IntentName>, Integer> confusions = new HashMap<>();
        int right = 0;
        int inScope = 0;
        int inScopeRight = 0;
        int oos = 0;
        int oosRight = 0;
        for (int i = 0; i < gold.size(); i++) {
            IntentName g = gold.get(i);
            IntentName p = predicted.get(i);
            goldCount.merge(g, 1, Integer::sum);
            predictedCount.merge(p, 1, Integer::sum);
            boolean correct = g.equals(p);
            if (correct) {
                right++;
                truePositives.merge(g, 1, Integer::sum);
            } else {
                confusions.merge(List.of(g, p), 1, Integer::sum);
            }
            if (g.isOutOfScope()) {
                oos++;
                oosRight += correct ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += correct ? 1 : 0;
            }
        }
        TreeSet<IntentName> labels = new TreeSet<>(goldCount.keySet());
        labels.addAll(predictedCount.keySet());
        List<EvaluationReport.IntentScore> perIntent = new ArrayList<>();
        double f1Sum = 0;
        for (IntentName label : labels) {
            int tp = truePositives.getOrDefault(label, 0);
            int support = goldCount.getOrDefault(label, 0);
            int predictions = predictedCount.getOrDefault(label, 0);
            double precision = predictions == 0 ? 0 : (double) tp / predictions;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perIntent.add(new EvaluationReport.IntentScore(label, support, precision, recall, f1));
        }
        List<EvaluationReport.Confusion> top = confusions.entrySet().stream()
                .map(e -> new EvaluationReport.Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingInt(EvaluationReport.Confusion::count).reversed()
                        .thenComparing(c -> c.expected().value()).thenComparing(c -> c.predicted().value()))
                .limit(CONFUSIONS_REPORTED).toList();
        boolean hasOos = oos > 0;
        return new EvaluationReport(gold.size(), (double) right / gold.size(), f1Sum / labels.size(), perIntent, top,
                hasOos ? OptionalDouble.of((double) oosRight / oos) : OptionalDouble.empty(),
                hasOos && inScope > 0 ? OptionalDouble.of((double) inScopeRight / inScope) : OptionalDouble.empty());
    }
}
