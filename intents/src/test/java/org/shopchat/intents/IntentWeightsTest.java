package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.features.CharNGramFeatures;

class IntentWeightsTest {

    private static final IntentModel SHIPPED = ShippedModel.load();

    @Test
    void givesOpenNlpsProbabilitiesAndDecisionsForEveryChatTextSample() {
        IntentName[] outcomes = SHIPPED.outcomes();
        List<String> texts = ChatTextSamples.all();
        double largestDifference = 0.0;
        int tokensSeen = 0;
        for (String text : texts) {
            String[] tokens = SHIPPED.tokens(text);
            double[] ours = SHIPPED.probabilities(tokens);
            double[] openNlp = SHIPPED.openNlpProbabilities(tokens);
            assertThat(ours).hasSameSizeAs(openNlp);
            for (int i = 0; i < ours.length; i++) {
                largestDifference = Math.max(largestDifference, Math.abs(ours[i] - openNlp[i]));
            }
            double threshold = SHIPPED.outOfScopeThreshold();
            boolean blank = tokens.length == 0;
            Classification expected = IntentModel.classification(outcomes, openNlp, threshold, blank);
            Classification actual = SHIPPED.classify(text);
            assertThat(actual.outOfScope()).as(text).isEqualTo(expected.outOfScope());
            assertThat(actual.top().intent()).as(text).isEqualTo(expected.top().intent());
            tokensSeen += tokens.length;
        }
        assertThat(texts).hasSizeGreaterThan(ChatTextSamples.GENERATED);
        assertThat(tokensSeen).isPositive();
        assertThat(largestDifference).isLessThan(1e-12);
    }

    @Test
    void readsCharacterNGramsFromTheGeneratorsBufferWithTheSameResultAsFromTheirStrings() {
        IntentWeights weights = IntentWeights.of(SHIPPED.maxent()).orElseThrow();
        List<String> texts = new ArrayList<>(ChatTextSamples.all());
        texts.add("refund refund refund my refund please");
        for (String text : texts) {
            String[] tokens = SHIPPED.tokens(text);
            // The same weights, each distinct n-gram once; summed per word first, so equal to rounding.
            assertThat(SHIPPED.probabilities(tokens)).as(text)
                    .containsExactly(weights.probabilities(SHIPPED.context(tokens)), within(1e-13));
        }
    }

    @Test
    void remembersWordsWithoutChangingAnyResultBeyondRounding() {
        IntentWeights weights = IntentWeights.of(SHIPPED.maxent()).orElseThrow();
        FeatureGenerator[] generators = SHIPPED.generators();
        List<String> texts = new ArrayList<>(ChatTextSamples.all());
        // Words that share n-grams ("<th", "the"), repeated words, and a word made only of another's n-grams.
        texts.addAll(List.of("the then theme there", "refunded refund refunds refund", "card card card",
                "card cards card", "top topup top-up up"));
        texts.add("refund refund refund my refund please");
        for (String text : texts) {
            String[] tokens = SHIPPED.tokens(text);
            double[] fromStrings = weights.probabilities(SHIPPED.context(tokens));
            // The first time some of these words are new, the second time all are remembered.
            double[] first = weights.probabilities(tokens, generators);
            assertThat(first).as(text).containsExactly(fromStrings, within(1e-13));
            assertThat(weights.probabilities(tokens, generators)).as(text).containsExactly(first);
        }
        assertThat(weights.wordsRemembered()).isBetween(1_000, IntentWeights.WORDS_REMEMBERED);
    }

    @Test
    void remembersNoLongTokenAndNoMoreWordsThanItsLimit() {
        IntentWeights weights = IntentWeights.of(SHIPPED.maxent()).orElseThrow();
        FeatureGenerator[] generators = SHIPPED.generators();
        String[] pasted = {"where", "is", "x".repeat(IntentWeights.LONGEST_REMEMBERED + 1)};
        weights.probabilities(pasted, generators);
        assertThat(weights.wordsRemembered()).isEqualTo(2);

        for (int i = 0; weights.wordsRemembered() < IntentWeights.WORDS_REMEMBERED; i++) {
            weights.probabilities(new String[] {letters(i)}, generators);
        }
        String[] afterTheLimit = {"parcel", letters(IntentWeights.WORDS_REMEMBERED + 1), "refnud"};
        assertThat(weights.probabilities(afterTheLimit, generators))
                .containsExactly(weights.probabilities(SHIPPED.context(afterTheLimit)), within(1e-13));
        assertThat(weights.wordsRemembered()).isEqualTo(IntentWeights.WORDS_REMEMBERED);
    }

    /** A distinct lower-case word for each number: 0 is "a", 25 "z", 26 "ba". */
    private static String letters(int number) {
        StringBuilder word = new StringBuilder();
        do {
            word.append((char) ('a' + number % 26));
            number /= 26;
        } while (number > 0);
        return word.reverse().toString();
    }

    @Test
    void tellsApartFeaturesWithTheSameHashCode() {
        // "Aa" and "BB" have the same String hash code, and so do "c=<Aa" and "c=<BB", "c=Aa>" and "c=BB>".
        assertThat("c=<Aa".hashCode()).isEqualTo("c=<BB".hashCode());
        String[] features = {"c=<Aa", "c=<BB", "c=Aa>", "c=BB>", "bow=Aa", "bow=BB"};
        Context[] parameters = new Context[features.length];
        for (int f = 0; f < features.length; f++) {
            double[] weights = new double[3];
            weights[f % 3] = 1.0 + f;
            parameters[f] = new Context(new int[] {0, 1, 2}, weights);
        }
        QNModel model = new QNModel(parameters, features, new String[] {"a", "b", "c"});
        IntentWeights weights = IntentWeights.of(model).orElseThrow();
        FeatureGenerator[] generators = {new BagOfWordsFeatureGenerator(), new CharNGramFeatures()};

        for (String token : List.of("Aa", "BB", "AaBB")) {
            String[] tokens = {token};
            List<String> context = new ArrayList<>();
            for (FeatureGenerator generator : generators) {
                context.addAll(generator.extractFeatures(tokens, Map.of()));
            }
            double[] expected = model.eval(context.toArray(String[]::new));
            assertThat(weights.probabilities(tokens, generators)).as(token).containsExactly(expected, within(1e-15));
            assertThat(weights.probabilities(context.toArray(String[]::new))).as(token)
                    .containsExactly(expected, within(1e-15));
        }
        assertThat(weights.record("c=<Aa")).isNotEqualTo(weights.record("c=<BB"));
        assertThat(weights.record("c=<Ab")).isEqualTo(-1);
    }

    @Test
    void keepsOnlyTheNonZeroWeightsOfTheFeaturesThatHaveAny() {
        AbstractModel maxent = (AbstractModel) SHIPPED.maxent();
        Context[] features = (Context[]) maxent.getDataStructures()[0];
        long stored = 0;
        long nonZero = 0;
        int featuresWithWeight = 0;
        for (Context feature : features) {
            int before = (int) nonZero;
            for (double weight : feature.getParameters()) {
                stored++;
                nonZero += weight != 0.0 ? 1 : 0;
            }
            featuresWithWeight += nonZero > before ? 1 : 0;
        }
        IntentWeights weights = IntentWeights.of(maxent).orElseThrow();

        assertThat(weights.weights()).isEqualTo(nonZero);
        assertThat(weights.features()).isEqualTo(featuresWithWeight);
        // The L1 cost is what makes this layout pay: most stored weights are zero.
        assertThat(nonZero).isLessThan(stored / 4);
    }

    @Test
    void unknownAndZeroWeightFeaturesLeaveTheProbabilitiesAsTheyAre() {
        AbstractModel maxent = (AbstractModel) SHIPPED.maxent();
        IntentWeights weights = IntentWeights.of(maxent).orElseThrow();
        String[] context = SHIPPED.context(SHIPPED.tokens("where is my parcel"));
        String[] withUnknown = new String[context.length + 2];
        System.arraycopy(context, 0, withUnknown, 1, context.length);
        withUnknown[0] = "no such feature";
        withUnknown[withUnknown.length - 1] = "c=\u0000\u0000\u0000";

        assertThat(weights.probabilities(withUnknown)).containsExactly(weights.probabilities(context));
        assertThat(weights.probabilities(new String[0]))
                .containsOnly(1.0 / maxent.getNumOutcomes());
    }

    @Test
    void isNotUsedForModelsOfOtherTrainersWhichKeepOpenNlpsEvaluation() {
        GISModel gis = new GISModel(new Context[] {new Context(new int[] {0, 1}, new double[] {0.5, -0.5})},
                new String[] {"w=refund"}, new String[] {"get_refund", "greeting"});

        assertThat(IntentWeights.of(gis)).isEmpty();
        DoccatModel doccat = new DoccatModel("en", gis, Map.of(),
                new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
        IntentModel model = new IntentModel(doccat, 0.0);
        String[] tokens = model.tokens("Refund please");
        assertThat(model.probabilities(tokens)).containsExactly(gis.eval(model.context(tokens)));
    }
}
