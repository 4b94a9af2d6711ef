package org.shopchat.intents.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams inside each token, with {@code <} and {@code >} marking word boundaries. They make
 * "refnud" share most features with "refund" and give prefixes and suffixes ("<refu", "ing>") for free.
 */
public class CharNGramFeatures implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        for (String token : tokens) {
            String padded = "<" + token + ">";
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add("c=" + padded.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
