package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;

import org.junit.jupiter.api.Test;
import org.shopchat.intents.features.CharNGramFeatures;
import org.shopchat.intents.features.WordBigramFeatures;
import org.shopchat.intents.features.WordPrefixFeatures;

class FeatureGeneratorsTest {

    @Test
    void charNGramsAreThreeToFiveCharactersWithWordBoundaries() {
        assertThat(new CharNGramFeatures().extractFeatures(new String[] {"cat"}, Map.of()))
                .containsExactly("c=<ca", "c=cat", "c=at>", "c=<cat", "c=cat>", "c=<cat>");
    }

    @Test
    void charNGramsOfAMisspellingOverlapWithTheCorrectWord() {
        var right = new CharNGramFeatures().extractFeatures(new String[] {"refund"}, Map.of());
        var typo = new CharNGramFeatures().extractFeatures(new String[] {"refnud"}, Map.of());
        assertThat(typo).containsAnyElementsOf(right);
    }

    @Test
    void charNGramsAreTheDistinctNGramsInOrderOfFirstOccurrence() {
        // Order and repeats both matter to the model: it sums one weight per feature, in the order given.
        CharNGramFeatures generator = new CharNGramFeatures();
        for (String text : ChatTextSamples.all()) {
            String[] tokens = TextNormaliser.standard().tokens(text);
            assertThat(generator.extractFeatures(tokens, Map.of())).as(text)
                    .containsExactlyElementsOf(charNGramsWithALinkedHashSet(tokens));
        }
    }

    @Test
    void aRepeatedWordCountsOnceInCharNGramsButEachTimeInWordsAndBigrams() throws Exception {
        String[] tokens = {"refund", "refund", "refund"};
        assertThat(new CharNGramFeatures().extractFeatures(tokens, Map.of()))
                .containsExactlyElementsOf(new CharNGramFeatures().extractFeatures(new String[] {"refund"}, Map.of()));
        assertThat(new BagOfWordsFeatureGenerator().extractFeatures(tokens, Map.of()))
                .containsExactly("bow=refund", "bow=refund", "bow=refund");
        assertThat(new WordBigramFeatures().extractFeatures(tokens, Map.of()))
                .containsExactly("ng=:refund:refund", "ng=:refund:refund");
    }

    /** What the generator did before it built its features from a buffer (issue 12). */
    private static List<String> charNGramsWithALinkedHashSet(String[] tokens) {
        Set<String> features = new LinkedHashSet<>();
        for (String token : tokens) {
            String padded = "<" + token + ">";
            for (int n = 3; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add("c=" + padded.substring(i, i + n));
                }
            }
        }
        return List.copyOf(features);
    }

    @Test
    void bigramGeneratorsNoArgumentConstructorMakesPairsOnly() throws Exception {
        // OpenNLP recreates generators by class name with this constructor when it loads a model.
        assertThat(new WordBigramFeatures().extractFeatures(new String[] {"not", "arrived", "yet"}, Map.of()))
                .containsExactly("ng=:not:arrived", "ng=:arrived:yet");
    }

    @Test
    void prefixesAreTakenFromLongerWordsOnly() {
        assertThat(new WordPrefixFeatures().extractFeatures(new String[] {"refunded", "my", "order"}, Map.of()))
                .containsExactly("p=refun");
    }
}
