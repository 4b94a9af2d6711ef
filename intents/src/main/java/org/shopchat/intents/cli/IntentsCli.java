package org.shopchat.intents.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.shopchat.intents.Combination;
import org.shopchat.intents.EvaluationReport;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.IntentEvaluator;
import org.shopchat.intents.IntentModel;
import org.shopchat.intents.IntentTrainer;
import org.shopchat.intents.InvalidDataException;
import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.Sentiment;
import org.shopchat.intents.ScoredIntent;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.TrainerSettings;
import org.shopchat.intents.datasets.Dataset;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;

/**
 * {@code java -jar intents-cli.jar <command> [options]}; see {@link #USAGE}. Exit codes: 0 success, 1 bad data or
 * I/O failure, 2 bad command line.
 */
public final class IntentsCli {

    static final String USAGE = """
            usage: java -jar intents-cli.jar <command> [options]
              classify [--model FILE | --combination ngram_only|embedding_only|average|cascade]
                                            stdin: one utterance per line; stdout: <intent>TAB<confidence>
                                            (default: the shipped n-gram model; other combinations add the
                                            shipped sentence-embedding stage)
              sentiment                     stdin: one message per line;  stdout: <score>TAB<label>
              train --data FILE_OR_DIR --out FILE [--val FILE] [--seed N]
              evaluate --train FILE_OR_DIR --test FILE_OR_DIR [--val FILE] [--seed N] [--json]
            data: a directory of <intent>.txt, a .txt/.tsv of <intent>TAB<utterance>, a Banking77 .csv,
                  or a CLINC150 .json (optionally file.json#key1,key2)""";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    IntentsCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new IntentsCli(System.in, System.out, System.err).run(args));
    }

    int run(String[] args) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "classify" -> classify(Options.parse("classify", rest, Set.of("model", "combination"), Set.of()));
                case "sentiment" -> sentiment(Options.parse("sentiment", rest, Set.of(), Set.of()));
                case "train" -> train(Options.parse("train", rest, Set.of("data", "out", "val", "seed"), Set.of()));
                case "evaluate" -> evaluate(Options.parse("evaluate", rest,
                        Set.of("train", "test", "val", "seed"), Set.of("json")));
                case "help", "--help", "-h" -> out.println(USAGE);
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            }
            out.flush();
            return 0;
        } catch (UsageException e) {
            err.println("intents: " + e.getMessage());
            err.println("run 'java -jar intents-cli.jar help' for usage");
            return 2;
        } catch (InvalidDataException | IllegalArgumentException e) {
            err.println("intents: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println("intents: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        } catch (IOException e) {
            err.println("intents: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // A bug of ours, not the user's: still one line, but say what broke.
            err.println("intents: internal error: " + e);
            return 3;
        }
    }

    private void classify(Options options) throws IOException {
        String modelFile = options.optional("model");
        String combinationName = options.optional("combination");
        if (modelFile != null && combinationName != null) {
            throw new UsageException("--combination works with the shipped models only, not with --model");
        }
        IntentClassifier model = modelFile != null ? readModel(Path.of(modelFile))
                : combinationName == null ? ShippedModel.load() : shippedCombination(combinationName);
        eachLine(line -> {
            ScoredIntent decision = model.classify(line).decision();
            return decision.intent().value() + "\t" + String.format(Locale.ROOT, "%.4f", decision.confidence());
        });
    }

    private static IntentClassifier shippedCombination(String name) {
        Combination combination;
        try {
            combination = Combination.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown combination '" + name
                    + "', expected ngram_only, embedding_only, average or cascade");
        }
        return combination == Combination.NGRAM_ONLY ? ShippedModel.load() : ShippedModel.loadTwoStage(combination);
    }

    private void sentiment(Options options) throws IOException {
        LexiconSentimentAnalyzer analyzer = new LexiconSentimentAnalyzer();
        eachLine(line -> {
            Sentiment s = analyzer.analyze(line);
            return String.format(Locale.ROOT, "%.4f", s.score()) + "\t" + s.label().wireName();
        });
    }

    /** One output line per input line, buffered: 100,000 lines must not mean 100,000 flushes. */
    private void eachLine(Function<String, String> perLine) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        PrintWriter writer = new PrintWriter(new java.io.OutputStreamWriter(new BufferedOutputStream(out, 1 << 16),
                StandardCharsets.UTF_8), false);
        String line;
        while ((line = reader.readLine()) != null) {
            writer.print(perLine.apply(line));
            writer.print('\n');
        }
        writer.flush();
    }

    private void train(Options options) throws IOException {
        Dataset data = Dataset.parse(options.required("data"));
        Path outFile = Path.of(options.required("out"));
        String val = options.optional("val");
        long seed = options.longValue("seed", ShippedModel.SEED);
        if (outFile.toAbsolutePath().getParent() != null && !Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            throw new InvalidDataException(outFile + ": directory " + outFile.toAbsolutePath().getParent() + " does not exist");
        }
        List<LabeledUtterance> train = data.read(Dataset.Role.TRAIN);
        err.println("intents: read " + train.size() + " training utterances from " + data.path());
        IntentModel model = withProgress(trainer -> val == null
                ? trainer.train(train, seed)
                : trainer.train(train, Dataset.parse(val).read(Dataset.Role.VALIDATION), seed));
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(outFile))) {
            model.save(stream);
        }
        err.printf(Locale.ROOT, "intents: wrote %s (%d intents, out-of-scope threshold %.4f)%n", outFile,
                model.intents().size(), model.outOfScopeThreshold());
    }

    private void evaluate(Options options) {
        Dataset trainSet = Dataset.parse(options.required("train"));
        Dataset testSet = Dataset.parse(options.required("test"));
        long seed = options.longValue("seed", ShippedModel.SEED);
        List<LabeledUtterance> train = trainSet.read(Dataset.Role.TRAIN);
        List<LabeledUtterance> test = testSet.read(Dataset.Role.TEST);
        // CLINC150 comes with its own validation split; use it for the threshold unless told otherwise.
        Dataset valSet = options.optional("val") != null ? Dataset.parse(options.optional("val"))
                : trainSet.isClinc150() && trainSet.jsonKeys().isEmpty() ? trainSet : null;
        List<LabeledUtterance> val = valSet == null ? null : valSet.read(Dataset.Role.VALIDATION);
        err.printf(Locale.ROOT, "intents: %d training, %s validation, %d test utterances%n", train.size(),
                val == null ? "no" : String.valueOf(val.size()), test.size());
        IntentModel model = withProgress(trainer -> val == null ? trainer.train(train, seed)
                : trainer.train(train, val, seed));
        EvaluationReport report = IntentEvaluator.evaluate(model, test);
        out.println(options.flag("json") ? report.toJson() : report.toText());
    }

    /** Trains with phase messages and, during long phases, an elapsed-time line every ten seconds on stderr. */
    private IntentModel withProgress(Function<IntentTrainer, IntentModel> training) {
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "training-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> err.printf(Locale.ROOT, "intents: ... training, %d s%n",
                (System.nanoTime() - started) / 1_000_000_000L), 10, 10, TimeUnit.SECONDS);
        try {
            IntentModel model = training.apply(new IntentTrainer(TrainerSettings.DEFAULT,
                    message -> err.printf(Locale.ROOT, "intents: [%5.1f s] %s%n",
                            (System.nanoTime() - started) / 1e9, message)));
            err.printf(Locale.ROOT, "intents: training done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return model;
        } finally {
            ticker.shutdownNow();
        }
    }

    private static IntentModel readModel(Path file) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return IntentModel.load(stream);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such model file");
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
