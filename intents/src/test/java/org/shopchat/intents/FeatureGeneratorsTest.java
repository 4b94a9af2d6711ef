package org.shopchat.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
