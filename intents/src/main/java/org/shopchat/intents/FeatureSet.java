package org.shopchat.intents;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;

import org.shopchat.intents.features.CharNGramFeatures;
import org.shopchat.intents.features.WordBigramFeatures;
import org.shopchat.intents.features.WordPrefixFeatures;

/** The kinds of features an intent model can be trained with. */
public enum FeatureSet {
    WORDS, WORD_BIGRAMS, CHAR_NGRAMS, WORD_PREFIXES;

    static {
        // OpenNLP refuses to instantiate generator classes from packages it has not been told about, also when it
        // re-reads a model it trained a moment ago.
        ExtensionLoader.registerAllowedPackage(CharNGramFeatures.class.getPackageName());
    }

    /** Words, word pairs and character n-grams: the best combination measured on Banking77, CLINC150 and ours. */
    public static final Set<FeatureSet> DEFAULT = EnumSet.of(WORDS, WORD_BIGRAMS, CHAR_NGRAMS);

    /** Makes sure OpenNLP may load our generators; called before any model is built or read. */
    static void registerWithOpenNlp() {
        // The static initialiser does the work; this method only forces it to run.
    }

    static FeatureGenerator[] generators(Set<FeatureSet> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("at least one kind of feature is needed");
        }
        List<FeatureGenerator> generators = new ArrayList<>();
        try {
            for (FeatureSet kind : EnumSet.copyOf(kinds)) {
                generators.add(switch (kind) {
                    case WORDS -> new BagOfWordsFeatureGenerator();
                    case WORD_BIGRAMS -> new WordBigramFeatures();
                    case CHAR_NGRAMS -> new CharNGramFeatures();
                    case WORD_PREFIXES -> new WordPrefixFeatures();
                });
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("fixed n-gram settings rejected by OpenNLP", e);
        }
        return generators.toArray(FeatureGenerator[]::new);
    }
}
