package org.shopchat.intents.features;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams inside each token, with {@code <} and {@code >} marking word boundaries. They make
 * "refnud" share most features with "refund" and give prefixes and suffixes ("<refu", "ing>") for free.
 *
 * <p>Each distinct n-gram is one feature, in the order of its first occurrence: a word repeated in an utterance does
 * not count its n-grams twice. This generator produces most of a model's features per utterance, so it builds each
 * feature string in one step from a reused buffer, into a set sized for all of them up front.
 */
public class CharNGramFeatures implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    private static final String PREFIX = "c=";

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        int longest = 0;
        int candidates = 0;
        for (String token : tokens) {
            longest = Math.max(longest, token.length());
            candidates += candidates(token.length() + 2);
        }
        Set<String> features = LinkedHashSet.newLinkedHashSet(candidates);
        // "c=" followed by the padded token: an n-gram at i is the n characters from PREFIX.length() + i, and its
        // feature is those characters with the prefix moved in front of them, written into the feature buffer.
        char[] padded = new char[longest + 2];
        char[] feature = new char[PREFIX.length() + MAX];
        PREFIX.getChars(0, PREFIX.length(), feature, 0);
        for (String token : tokens) {
            int length = token.length() + 2;
            padded[0] = '<';
            token.getChars(0, token.length(), padded, 1);
            padded[length - 1] = '>';
            for (int n = MIN; n <= MAX; n++) {
                for (int i = 0; i + n <= length; i++) {
                    System.arraycopy(padded, i, feature, PREFIX.length(), n);
                    features.add(new String(feature, 0, PREFIX.length() + n));
                }
            }
        }
        return features;
    }

    /** How many n-grams a padded token of this length has, repeats included. */
    private static int candidates(int paddedLength) {
        int count = 0;
        for (int n = MIN; n <= MAX; n++) {
            count += Math.max(0, paddedLength - n + 1);
        }
        return count;
    }
}
