package org.shopchat.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shopchat.intents.Classification;
import org.shopchat.intents.Entity;
import org.shopchat.intents.EntityExtractor;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.Nlu;
import org.shopchat.intents.Sentiment;
import org.shopchat.intents.SentimentAnalyzer;
import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.Understanding;
import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;

/**
 * The NLU stages one customer message goes through, each alone and all together ({@link Nlu#understand}, the
 * bot's default: n-gram model with the embedding stage in a cascade), on the shipped model and the held-out
 * utterances. {@code classifyIntent} is the n-gram model alone; {@link IntentCombinationBenchmark} has the others. Throughput and sampled latency (p50/p99 in JMH's SampleTime output).
 * Each call takes the next utterance of the fixed list; one list cursor per benchmark thread.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class NluBenchmark {

    private IntentClassifier classifier;
    private EntityExtractor entities;
    private SentimentAnalyzer sentiment;
    private Nlu nlu;
    private String[] utterances;
    private int next;

    @Setup
    public void load() {
        classifier = ShippedModel.load();
        entities = new RegexEntityExtractor();
        sentiment = new LexiconSentimentAnalyzer();
        nlu = Nlu.loadDefault();
        List<String> all = HeldOutUtterances.all();
        utterances = all.toArray(String[]::new);
    }

    private String nextUtterance() {
        String text = utterances[next];
        next = next + 1 == utterances.length ? 0 : next + 1;
        return text;
    }

    @Benchmark
    public Classification classifyIntent() {
        return classifier.classify(nextUtterance());
    }

    @Benchmark
    public Sentiment analyzeSentiment() {
        return sentiment.analyze(nextUtterance());
    }

    @Benchmark
    public List<Entity> extractEntities() {
        return entities.extract(nextUtterance());
    }

    @Benchmark
    public Understanding understandAll() {
        return nlu.understand(nextUtterance());
    }
}
