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
 * feature in one step in a reused buffer; {@link #forEachNGram} hands out those buffers, repeats included, for a
 * caller that looks features up without making strings of them.
 */
public class CharNGramFeatures implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    /** What every feature of this generator starts with. */
    private static final String PREFIX = "c=";

    /** Receives one n-gram feature: {@code length} characters of {@code feature}, the prefix included. */
    @FunctionalInterface
    public interface NGramSink {
        void accept(char[] feature, int length);
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = LinkedHashSet.newLinkedHashSet(candidates(tokens));
        forEachNGram(tokens, (feature, length) -> features.add(new String(feature, 0, length)));
        return features;
    }

    /**
     * Every n-gram feature of the tokens in the order {@link #extractFeatures} puts them, repeats included (they
     * come in the order of {@code extractFeatures} at their first occurrence). The buffer is reused: it is valid only
     * during the call to {@code sink}.
     */
    public static void forEachNGram(String[] tokens, NGramSink sink) {
        int longest = 0;
        for (String token : tokens) {
            longest = Math.max(longest, token.length());
        }
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
                    sink.accept(feature, PREFIX.length() + n);
                }
            }
        }
    }

    /** How many n-grams the tokens have, repeats included. */
    private static int candidates(String[] tokens) {
        int count = 0;
        for (String token : tokens) {
            int paddedLength = token.length() + 2;
            for (int n = MIN; n <= MAX; n++) {
                count += Math.max(0, paddedLength - n + 1);
            }
        }
        return count;
    }
}
