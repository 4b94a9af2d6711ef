package org.shopchat.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.shopchat.intents.Classification;
import org.shopchat.intents.Combination;
import org.shopchat.intents.IntentClassifier;
import org.shopchat.intents.ShippedModel;

/**
 * Intent classification with each way of combining the shipped n-gram model and the sentence-embedding stage
 * (intents/README.md), on the held-out utterances in a fixed order. Throughput and sampled latency (p50/p99).
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class IntentCombinationBenchmark {

    @Param({"NGRAM_ONLY", "EMBEDDING_ONLY", "AVERAGE", "CASCADE"})
    public String combination;

    private IntentClassifier classifier;
    private String[] utterances;
    private int next;

    @Setup
    public void load() {
        Combination c = Combination.valueOf(combination);
        classifier = c == Combination.NGRAM_ONLY ? ShippedModel.load() : ShippedModel.loadTwoStage(c);
        List<String> all = HeldOutUtterances.all();
        utterances = all.toArray(String[]::new);
    }

    @Benchmark
    public Classification classify() {
        String text = utterances[next];
        next = next + 1 == utterances.length ? 0 : next + 1;
        return classifier.classify(text);
    }
}
