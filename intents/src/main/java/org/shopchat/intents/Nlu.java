package org.shopchat.intents;

import java.util.Objects;

import org.shopchat.intents.entities.RegexEntityExtractor;
import org.shopchat.intents.sentiment.LexiconSentimentAnalyzer;

/**
 * The natural-language understanding of one customer message: intent, entities and tone together.
 * Immutable and thread-safe; build it once and share it.
 */
public final class Nlu {

    private final IntentClassifier classifier;
    private final EntityExtractor entities;
    private final SentimentAnalyzer sentiment;

    public Nlu(IntentClassifier classifier, EntityExtractor entities, SentimentAnalyzer sentiment) {
        this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
        this.entities = Objects.requireNonNull(entities, "entity extractor must not be null");
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment analyser must not be null");
    }

    /**
     * The shipped intent model (the one the CLI uses), Northwind order numbers, dates resolved in UK time, and the
     * VADER-lexicon sentiment analyser. The model is read from the classpath once per JVM.
     */
    public static Nlu loadDefault() {
        return Holder.DEFAULT;
    }

    public Understanding understand(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return new Understanding(text, classifier.classify(text), entities.extract(text), sentiment.analyze(text));
    }

    public IntentClassifier classifier() {
        return classifier;
    }

    private static final class Holder {
        static final Nlu DEFAULT = new Nlu(ShippedModel.load(), new RegexEntityExtractor(),
                new LexiconSentimentAnalyzer());
    }
}
