package org.shopchat.intents.eval;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.FeatureSet;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.TrainerSettings;
import org.shopchat.intents.datasets.Dataset;

/**
 * Manual measurement runs for choosing trainer settings (not a test):
 * {@code Experiments <train> <val or -> <test> <features a,b> <iterations> <cutoff> <l1> <l2>}.
 */
public final class Experiments {

    public static void main(String[] args) {
        Dataset train = Dataset.parse(args[0]);
        List<LabeledUtterance> trainData = train.read(Dataset.Role.TRAIN);
        List<LabeledUtterance> val = args[1].equals("-") ? List.of() : Dataset.parse(args[1]).read(Dataset.Role.VALIDATION);
        List<LabeledUtterance> test = Dataset.parse(args[2]).read(Dataset.Role.TEST);
        Set<FeatureSet> features = EnumSet.noneOf(FeatureSet.class);
        for (String f : args[3].split(",")) {
            features.add(FeatureSet.valueOf(f));
        }
        TrainerSettings settings = TrainerSettings.DEFAULT.withFeatures(features)
                .withIterations(Integer.parseInt(args[4])).withCutoff(Integer.parseInt(args[5]))
                .withCosts(Double.parseDouble(args[6]), Double.parseDouble(args[7]));
        long started = System.nanoTime();
        IntentTrainer trainer = new IntentTrainer(settings, m -> System.err.println(m));
        IntentModel model = val.isEmpty() ? trainer.trainWithThreshold(trainData, 0.0) : trainer.train(trainData, val, 1L);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        EvaluationReport report = IntentEvaluator.evaluate(model, test);
        // Single-thread latency after warm-up.
        for (LabeledUtterance u : test) {
            model.classify(u.text());
        }
        long[] nanos = new long[test.size()];
        for (int i = 0; i < test.size(); i++) {
            long t = System.nanoTime();
            model.classify(test.get(i).text());
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s features=%s it=%s cutoff=%s l1=%s l2=%s threshold=%.3f train=%.1fs "
                        + "acc=%.4f inScope=%s oosRecall=%s p50=%.3fms p99=%.3fms%n", Path.of(args[0]).getFileName(),
                args[3], args[4], args[5], args[6], args[7], model.outOfScopeThreshold(), trainSeconds,
                report.accuracy(), report.inScopeAccuracy(), report.outOfScopeRecall(),
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
    }
}
