package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopchat.intents.features.CharNGramFeatures;
import org.shopchat.intents.features.WordBigramFeatures;

public class IntentModelTest {

    public static final List<LabeledUtterance> SAMPLE = sample();

    private static IntentModel model;

    static List<LabeledUtterance> sample() {
        List<LabeledUtterance> data = new ArrayList<>();
        add(data, "track_order", "where is my order", "my parcel has not arrived yet", "track order NW-100200",
                "when will my package come", "has my order shipped", "where's my delivery", "order status please",
                "tracking number for my parcel");
        add(data, "get_refund", "i want my money back", "please refund me", "how do i get a refund",
                "refund my order NW-554433", "can i have a refund for the shoes", "give me my money back",
                "i need a refund", "refund the jacket please");
        add(data, "greeting", "hello", "hi there", "good morning", "hey", "hiya", "hello nora", "good afternoon",
                "hi");
        add(data, "out_of_scope", "what is the capital of france", "tell me a joke", "what's the weather like",
                "who won the football", "what is 2 plus 2", "recommend a film", "how tall is everest",
                "book me a taxi");
        return data;
    }

    private static void add(List<LabeledUtterance> data, String intent, String... texts) {
        for (String text : texts) {
            data.add(LabeledUtterance.of(intent, text));
        }
    }

    @BeforeAll
    static void train() {
        model = new IntentTrainer().trainWithThreshold(SAMPLE, 0.0);
    }

    @Test
    void ranksTheIntentOfAnUnseenParaphraseFirst() {
        assertThat(model.classify("where is my parcel NW-998877 ?").top().intent().value()).isEqualTo("track_order");
        assertThat(model.classify("I would like a refund").top().intent().value()).isEqualTo("get_refund");
        assertThat(model.classify("Hellooo!").top().intent().value()).isEqualTo("greeting");
    }

    @Test
    void tolerantOfTyposThroughCharacterNGrams() {
        assertThat(model.classify("refnud pls").top().intent().value()).isEqualTo("get_refund");
    }

    @Test
    void rankingCoversEveryIntentWithProbabilitiesSummingToOne() {
        Classification c = model.classify("where is my order");
        assertThat(c.ranking()).hasSize(4);
        assertThat(c.ranking().stream().mapToDouble(ScoredIntent::confidence).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void explicitOutOfScopeClassMarksClassificationOutOfScope() {
        Classification c = model.classify("what is the capital of spain");
        assertThat(c.top().intent()).isEqualTo(IntentName.OUT_OF_SCOPE);
        assertThat(c.outOfScope()).isTrue();
        assertThat(c.decision().intent()).isEqualTo(IntentName.OUT_OF_SCOPE);
    }

    @Test
    void thresholdRejectsUnsureInScopeGuesses() {
        Classification open = model.classify("refund my order");
        assertThat(open.outOfScope()).isFalse();
        double confidence = open.top().confidence();
        Classification strict = model.withOutOfScopeThreshold(Math.nextUp(confidence)).classify("refund my order");
        assertThat(strict.outOfScope()).isTrue();
        assertThat(strict.ranking()).isEqualTo(open.ranking());
    }

    @Test
    void blankUtteranceIsOutOfScope() {
        assertThat(model.classify("  ").outOfScope()).isTrue();
        assertThatThrownBy(() -> model.classify(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void savedAndLoadedModelGivesExactlyTheSameOutput() throws IOException {
        IntentModel tuned = model.withOutOfScopeThreshold(0.42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tuned.save(bytes);
        IntentModel loaded = IntentModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded.outOfScopeThreshold()).isEqualTo(0.42);
        assertThat(loaded.intents()).isEqualTo(tuned.intents());
        for (String text : List.of("where is my order", "refnud pls", "hello", "tell me a joke", "xyz",
                "not arrived yet")) {
            assertThat(loaded.classify(text)).as(text).isEqualTo(tuned.classify(text));
            // Same features, not only the same winner: generators were recreated with their settings.
            String[] tokens = TextNormaliser.standard().tokens(text);
            assertThat(loaded.context(tokens)).as(text).containsExactly(tuned.context(tokens));
        }
    }

    @Test
    void trainingIsReproducible() {
        IntentModel again = new IntentTrainer().trainWithThreshold(SAMPLE, 0.0);
        for (LabeledUtterance u : SAMPLE) {
            assertThat(again.classify(u.text())).isEqualTo(model.classify(u.text()));
        }
    }

    @Test
    void rejectsAStreamThatIsNotAModel() {
        assertThatThrownBy(() -> IntentModel.load(new ByteArrayInputStream("not a model".getBytes())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void givesTheSameAnswersWhenSharedBetweenThreads() {
        List<String> texts = SAMPLE.stream().map(LabeledUtterance::text).toList();
        List<Classification> serial = texts.stream().map(model::classify).toList();
        for (int round = 0; round < 20; round++) {
            List<Classification> parallel = IntStream.range(0, texts.size()).parallel()
                    .mapToObj(i -> model.classify(texts.get(i))).toList();
            assertThat(parallel).isEqualTo(serial);
        }
    }

    @Test
    void classifiesExactlyAsTheUnoptimisedPipeline() throws InvalidFormatException {
        // Issue 12 made normalising, feature extraction and ranking faster; the classifications must not change.
        RegexTextNormaliser normaliser = new RegexTextNormaliser();
        IntentModel tuned = model.withOutOfScopeThreshold(0.5);
        IntentName[] outcomes = tuned.outcomes();
        for (String text : ChatTextSamples.all().subList(0, 3_000)) {
            String[] tokens = normaliser.tokens(text);
            assertThat(tuned.tokens(text)).as(text).containsExactly(tokens);
            assertThat(tuned.context(tokens)).as(text).containsExactly(contextOfOpenNlpsGenerators(tokens));
            Classification expected = rankedWithAComparator(outcomes, tuned.probabilities(tokens), 0.5,
                    tokens.length == 0);
            Classification actual = tuned.classify(text);
            assertThat(actual).as(text).isEqualTo(expected);
            assertThat(actual.ranking().hashCode()).isEqualTo(expected.ranking().hashCode());
        }
    }

    @Test
    void ranksEveryIntentByProbabilityThenNameAsASortWithTheComparatorWould() {
        Random random = new Random(7L);
        IntentName[] outcomes = IntStream.range(0, 77).mapToObj(i -> IntentName.of("intent_" + (i * 37 % 77)))
                .toArray(IntentName[]::new);
        outcomes[5] = IntentName.OUT_OF_SCOPE;
        double[] ties = {0.0, 0.0, 1e-300, 0.25, 0.5, 1.0};
        for (int round = 0; round < 2_000; round++) {
            double[] p = new double[outcomes.length];
            for (int i = 0; i < p.length; i++) {
                // Many exact ties, so that the order by name is exercised, and values just outside [0, 1].
                p[i] = round % 2 == 0 ? ties[random.nextInt(ties.length)] : random.nextDouble() * 1.2 - 0.1;
            }
            double threshold = random.nextDouble();
            boolean blank = random.nextInt(10) == 0;
            Classification expected = rankedWithAComparator(outcomes, p, threshold, blank);
            Classification actual = IntentModel.classification(outcomes, p, threshold, blank);
            // Places are worked out as they are read: read some out of order first, as a caller might.
            Classification readOutOfOrder = IntentModel.classification(outcomes, p, threshold, blank);
            for (int read = 0; read < 3; read++) {
                int place = random.nextInt(outcomes.length);
                assertThat(readOutOfOrder.ranking().get(place)).isEqualTo(expected.ranking().get(place));
            }
            assertThat(readOutOfOrder).isEqualTo(expected);
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.ranking()).containsExactlyElementsOf(expected.ranking());
            assertThat(actual.ranking().hashCode()).isEqualTo(expected.ranking().hashCode());
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    @Test
    void aRankingReadFromManyThreadsAtOnceIsTheSameForEach() throws Exception {
        IntentName[] outcomes = IntStream.range(0, 77).mapToObj(i -> IntentName.of("intent_" + i))
                .toArray(IntentName[]::new);
        Random random = new Random(11L);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 200; round++) {
                double[] p = random.doubles(outcomes.length).toArray();
                List<ScoredIntent> expected = rankedWithAComparator(outcomes, p, 0.0, false).ranking();
                List<ScoredIntent> shared = IntentModel.classification(outcomes, p, 0.0, false).ranking();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<ScoredIntent>>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int first = t * 19;
                    readers.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        shared.get(first);
                        return List.copyOf(shared);
                    }));
                }
                start.countDown();
                for (Future<List<ScoredIntent>> reader : readers) {
                    assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aClassifiersRankingCannotBeChanged() {
        List<ScoredIntent> ranking = model.classify("where is my order").ranking();
        ScoredIntent top = ranking.get(0);
        assertThatThrownBy(() -> ranking.set(0, top)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranking.add(top)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranking.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranking.sort(Comparator.comparing(ScoredIntent::intent)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ranking.get(ranking.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(ranking.get(0)).isSameAs(top);
    }

    /** The context as OpenNLP's categorizer built it from the model's generators (DocumentCategorizerME). */
    private static String[] contextOfOpenNlpsGenerators(String[] tokens) throws InvalidFormatException {
        List<String> context = new ArrayList<>();
        context.addAll(new BagOfWordsFeatureGenerator().extractFeatures(tokens, Map.of()));
        context.addAll(new WordBigramFeatures().extractFeatures(tokens, Map.of()));
        context.addAll(new CharNGramFeatures().extractFeatures(tokens, Map.of()));
        return context.toArray(String[]::new);
    }

    /** How a classification was built before issue 12: every scored intent made and sorted with a comparator. */
    private static Classification rankedWithAComparator(IntentName[] outcomes, double[] probabilities,
                                                        double threshold, boolean blank) {
        List<ScoredIntent> scores = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            scores.add(new ScoredIntent(outcomes[i], Math.max(0.0, Math.min(1.0, probabilities[i]))));
        }
        List<ScoredIntent> sorted = scores.stream()
                .sorted(Comparator.comparingDouble(ScoredIntent::confidence).reversed()
                        .thenComparing(ScoredIntent::intent))
                .toList();
        Classification unthresholded = new Classification(sorted, false);
        boolean outOfScope = blank
                || unthresholded.top().intent().isOutOfScope()
                || unthresholded.topInScope().map(s -> s.confidence() < threshold).orElse(true);
        return new Classification(unthresholded.ranking(), outOfScope);
    }
}
