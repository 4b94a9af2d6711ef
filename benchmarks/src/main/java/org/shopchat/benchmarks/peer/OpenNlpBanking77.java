package org.shopchat.benchmarks.peer;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.FeatureSet;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.InvalidDataException;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.TrainerSettings;
import org.shopchat.intents.datasets.Banking77;
import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;

/**
 * Our side of the peer comparison: the intents library's n-gram trainer trained on a Banking77 train file and tested
 * on its test file, twice: with its default settings (words, word bigrams and character 3–5-grams: the shipped
 * model's) and with words and word bigrams only (no character n-grams: fewer features per utterance, faster to
 * train and to classify, less robust to typos). Prints accuracy, training time and single-thread classifications per
 * second (whole passes over the test set for at least 5 s, after 10 s of them as warm-up), one line per variant,
 * in the same shape as run-nlpjs.sh prints NLP.js's.
 *
 * <p>{@code OpenNlpBanking77 <train.csv> <test.csv>}
 */
public final class OpenNlpBanking77 {

    /**
     * Seconds of whole passes over the test set before timing, the same as on the NLP.js side: the JVM and V8 both
     * compile hot code as it runs, and a server classifies for hours. Counted in time, not passes: our JIT needed ~10
     * passes (~30,000 classifications) to settle on a loaded machine; five passes measured half the steady speed.
     */
    static final double WARM_UP_SECONDS = 10;
    /** At least this many seconds of whole timed passes. */
    static final double TIMED_SECONDS = 5;

    private OpenNlpBanking77() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: OpenNlpBanking77 <banking77 train.csv> <banking77 test.csv>");
            System.exit(2);
        }
        try {
            List<LabeledUtterance> train = Banking77.read(Path.of(args[0]));
            List<LabeledUtterance> test = Banking77.read(Path.of(args[1]));
            Map<String, TrainerSettings> variants = new LinkedHashMap<>();
            variants.put("default features", TrainerSettings.DEFAULT);
            variants.put("words+bigrams", TrainerSettings.DEFAULT.withFeatures(
                    EnumSet.of(FeatureSet.WORDS, FeatureSet.WORD_BIGRAMS)));
            for (Map.Entry<String, TrainerSettings> variant : variants.entrySet()) {
                long started = System.nanoTime();
                IntentModel model = new IntentTrainer(variant.getValue(), message -> { })
                        .train(train, ShippedModel.SEED);
                double trainingSeconds = (System.nanoTime() - started) / 1e9;
                EvaluationReport report = IntentEvaluator.evaluate(model, test);
                double classifyOnly = perSecond(model::classify, test);
                // NLP.js's process() also runs its sentiment and entity steps; this is our equivalent of that call.
                Nlu nlu = new Nlu(model, new RegexEntityExtractor(), new LexiconSentimentAnalyzer());
                double understand = perSecond(nlu::understand, test);
                System.out.printf(Locale.ROOT, "opennlp (%s): train=%d test=%d accuracy=%.4f macroF1=%.4f "
                                + "training=%.1f s classifications/s=%.0f (intent only), %.0f "
                                + "(intent+entities+sentiment) (1 thread)%n", variant.getKey(),
                        train.size(), test.size(), report.accuracy(), report.macroF1(), trainingSeconds,
                        classifyOnly, understand);
            }
        } catch (InvalidDataException e) {
            System.err.println("opennlp: " + e.getMessage());
            System.exit(1);
        }
    }

    static double perSecond(Function<String, ?> call, List<LabeledUtterance> test) {
        String[] texts = test.stream().map(LabeledUtterance::text).toArray(String[]::new);
        int sink = 0;
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        while (System.nanoTime() < warmUpEnd) {
            for (String text : texts) {
                sink += System.identityHashCode(call.apply(text));
            }
        }
        int passes = 0;
        long started = System.nanoTime();
        long elapsed;
        do {
            for (String text : texts) {
                sink += System.identityHashCode(call.apply(text));
            }
            passes++;
            elapsed = System.nanoTime() - started;
        } while (elapsed < TIMED_SECONDS * 1e9);
        // Printed nowhere but read, so the JIT cannot drop the calls. The results' identity, not their hashCode(): a
        // classification's hash code reads every intent's place, which no caller (nor the NLP.js side) does.
        if (sink == 42) {
            System.err.print("");
        }
        return (double) passes * texts.length / (elapsed / 1e9);
    }
}
