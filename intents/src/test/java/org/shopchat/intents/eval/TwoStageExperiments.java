package org.shopchat.intents.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.shopchat.intents.Combination;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.TrainerSettings;
import org.shopchat.intents.TwoStageIntentModel;
import org.shopchat.intents.TwoStageTrainer;
import org.shopchat.intents.RejectionCriterion;
import org.shopchat.intents.datasets.Dataset;
import org.shopchat.intents.embedding.CachingSentenceEncoder;
import org.shopchat.intents.embedding.ConcatenatedSentenceEncoder;
import org.shopchat.intents.embedding.E5SmallSentenceEncoder;
import org.shopchat.intents.embedding.MiniLmSentenceEncoder;
import org.shopchat.intents.embedding.SentenceEncoder;
import org.shopchat.intents.embedding.SoftmaxHead;

/**
 * Manual measurement of the four combinations (not a test):
 * {@code TwoStageExperiments <train> <val or - for cross-validation> <test> <iterations> <cutoff> [epochs lr l2]}.
 */
public final class TwoStageExperiments {

    public static void main(String[] args) {
        List<LabeledUtterance> train = Dataset.parse(args[0]).read(Dataset.Role.TRAIN);
        List<LabeledUtterance> val = args[1].equals("-") ? List.of() : Dataset.parse(args[1]).read(Dataset.Role.VALIDATION);
        List<LabeledUtterance> test = Dataset.parse(args[2]).read(Dataset.Role.TEST);
        TrainerSettings ngram = TrainerSettings.DEFAULT.withIterations(Integer.parseInt(args[3]))
                .withCutoff(Integer.parseInt(args[4]));
        SoftmaxHead.Settings head = args.length > 5
                ? new SoftmaxHead.Settings(Integer.parseInt(args[5]), 32, Double.parseDouble(args[6]),
                Double.parseDouble(args[7]))
                : SoftmaxHead.Settings.DEFAULT;
        SentenceEncoder base = switch (System.getProperty("encoder", "minilm")) {
            case "minilm" -> MiniLmSentenceEncoder.shared();
            case "e5" -> E5SmallSentenceEncoder.shared();
            case "both" -> new ConcatenatedSentenceEncoder(MiniLmSentenceEncoder.shared(), E5SmallSentenceEncoder.shared());
            default -> throw new IllegalArgumentException("-Dencoder must be minilm, e5 or both");
        };
        CachingSentenceEncoder encoder = new CachingSentenceEncoder(base);
        long started = System.nanoTime();
        encoder.encodeAll(test.stream().map(LabeledUtterance::text).toList());
        System.err.printf(Locale.ROOT, "encoded test set in %.1f s%n", (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        RejectionCriterion criterion = System.getProperty("min-oos-recall") == null ? RejectionCriterion.BALANCED
                : RejectionCriterion.minimumRecall(Double.parseDouble(System.getProperty("min-oos-recall")));
        TwoStageTrainer trainer = new TwoStageTrainer(ngram, head, encoder, System.err::println, criterion);
        TwoStageIntentModel model = val.isEmpty() ? trainer.train(train, 1L) : trainer.train(train, val, 1L);
        if (System.getProperty("gate") != null) {
            model = model.withCascadeGate(Double.parseDouble(System.getProperty("gate")));
        }
        System.out.printf(Locale.ROOT, "%s trained in %.1f s (encoding included), embedding weight %.1f, gate %.3f%n",
                args[0], (System.nanoTime() - started) / 1e9, model.embeddingStage().embeddingWeight(),
                model.embeddingStage().cascadeGate());
        String weights = System.getProperty("weights");
        for (String w : weights == null ? new String[] {""} : weights.split(",")) {
            if (!w.isEmpty()) {
                model = model.withEmbeddingWeight(Double.parseDouble(w));
                System.out.println("embedding weight " + w);
            }
            report(model, test);
        }
        latencyAndErrors(model, test, base);
    }

    private static void report(TwoStageIntentModel model, List<LabeledUtterance> test) {
        for (Combination c : Combination.values()) {
            TwoStageIntentModel m = model.with(c);
            EvaluationReport r = IntentEvaluator.evaluate(m, test);
            long embedded = c != Combination.CASCADE ? -1 : test.stream()
                    .filter(u -> maxNgram(m, u.text()) < m.embeddingStage().cascadeGate()).count();
            System.out.printf(Locale.ROOT, "%-15s acc=%.4f inScope=%s oosRecall=%s threshold=%.4f%s%n", c,
                    r.accuracy(), fmt(r.inScopeAccuracy()), fmt(r.outOfScopeRecall()), m.outOfScopeThreshold(),
                    embedded < 0 ? "" : String.format(Locale.ROOT, " embedded=%.3f", (double) embedded / test.size()));
        }
    }

    private static void latencyAndErrors(TwoStageIntentModel model, List<LabeledUtterance> test, SentenceEncoder base) {
        String errorsOf = System.getProperty("errors");
        if (errorsOf != null) {
            TwoStageIntentModel m = model.with(Combination.valueOf(errorsOf));
            int overRejected = 0;
            int underRejected = 0;
            int confused = 0;
            for (LabeledUtterance u : test) {
                var c = m.classify(u.text());
                var predicted = c.decision().intent();
                if (!predicted.equals(u.intent())) {
                    String kind = predicted.isOutOfScope() ? "OVER-REJECTED" : u.intent().isOutOfScope()
                            ? "UNDER-REJECTED" : "CONFUSED";
                    switch (kind) {
                        case "OVER-REJECTED" -> overRejected++;
                        case "UNDER-REJECTED" -> underRejected++;
                        default -> confused++;
                    }
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f %s\t%s%n", kind, u.intent(), predicted,
                            c.top().confidence(), c.topInScope().map(s -> s.intent().value()).orElse("-"), u.text());
                }
            }
            System.out.printf("%s errors: over-rejected %d, under-rejected %d, confused %d%n", errorsOf, overRejected,
                    underRejected, confused);
        }
        if (System.getProperty("latency") != null) {
            for (Combination c : Combination.values()) {
                TwoStageIntentModel m = model.with(c).withEncoder(base);
                List<LabeledUtterance> sample = test.subList(0, Math.min(1000, test.size()));
                sample.forEach(u -> m.classify(u.text()));
                long[] nanos = new long[sample.size()];
                for (int i = 0; i < sample.size(); i++) {
                    long t = System.nanoTime();
                    m.classify(sample.get(i).text());
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "%-15s latency p50=%.3fms p90=%.3fms p99=%.3fms%n", c,
                        nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.9)] / 1e6,
                        nanos[(int) (nanos.length * 0.99)] / 1e6);
            }
        }
    }

    private static double maxNgram(TwoStageIntentModel m, String text) {
        return m.ngramModel().classify(text).top().confidence();
    }

    private static String fmt(java.util.OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.4f", d.getAsDouble()) : "-";
    }
}
