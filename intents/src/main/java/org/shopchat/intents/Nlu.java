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
     * The shipped intent models with the embedding stage, combined as {@link ShippedModel#DEFAULT_COMBINATION},
     * Northwind order numbers, dates resolved in UK time, and the VADER-lexicon sentiment analyser. Read from the
     * classpath once per JVM; the sentence-embedding model takes a few seconds to load.
     */
    public static Nlu loadDefault() {
        return loadDefault(true);
    }

    /**
     * As {@link #loadDefault()}, or with the n-gram model alone (sub-millisecond every turn, never loads the
     * sentence-embedding model) when {@code embeddingStage} is false.
     */
    public static Nlu loadDefault(boolean embeddingStage) {
        return embeddingStage ? WithEmbeddings.DEFAULT : Holder.DEFAULT;
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

    private static final class WithEmbeddings {
        static final Nlu DEFAULT = new Nlu(ShippedModel.loadTwoStage(ShippedModel.DEFAULT_COMBINATION),
                Holder.DEFAULT.entities, Holder.DEFAULT.sentiment);
    }
}
