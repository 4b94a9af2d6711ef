package org.shopchat.intents.features;

import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.InvalidFormatException;

/**
 * Adjacent word pairs ("not arrived", "change address"). A subclass because OpenNLP recreates generators with
 * their no-argument constructor on load, which for {@link NGramFeatureGenerator} would silently mean 1- and 2-grams.
 */
public class WordBigramFeatures extends NGramFeatureGenerator {

    public WordBigramFeatures() throws InvalidFormatException {
        super(2, 2);
    }
}
