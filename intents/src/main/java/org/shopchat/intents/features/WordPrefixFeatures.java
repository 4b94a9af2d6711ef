package org.shopchat.intents.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The first five letters of longer words, a cheap stemmer: "refunded", "refunding" and "refunds" share "refun".
 */
public class WordPrefixFeatures implements FeatureGenerator {

    static final int LENGTH = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            if (token.length() > LENGTH) {
                features.add("p=" + token.substring(0, LENGTH));
            }
        }
        return features;
    }
}
