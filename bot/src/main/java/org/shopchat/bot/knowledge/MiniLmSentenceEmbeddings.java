package org.shopchat.bot.knowledge;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * all-MiniLM-L6-v2 (384 dimensions) run in this JVM with ONNX Runtime; the model and its tokenizer ship inside
 * the langchain4j jar, so nothing is downloaded at run time. Loading takes about a second and some 100 MB, which is
 * why one instance is shared by the whole process (the ONNX session is thread-safe).
 *
 * <p>Embedding one sentence costs milliseconds of CPU; indexing the shipped articles embeds some 800 of them. The
 * vectors of recent texts are kept, so rebuilding the index (a new application context, a re-import) and repeated
 * customer questions cost nothing. The cache is bounded: when full it is emptied rather than evicted entry by entry,
 * which is simple and costs one re-embedding round at most.
 */
final class MiniLmSentenceEmbeddings implements SentenceEmbeddings {

    private static final class Shared {
        static final MiniLmSentenceEmbeddings INSTANCE = new MiniLmSentenceEmbeddings();
    }

    /** 384 floats each: about 6 MB when full. */
    static final int CACHED_TEXTS = 4096;

    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    private final Map<String, float[]> recent = new ConcurrentHashMap<>();

    private MiniLmSentenceEmbeddings() {
    }

    /** The process-wide instance, loaded on first use. */
    static MiniLmSentenceEmbeddings shared() {
        return Shared.INSTANCE;
    }

    @Override
    public float[] embed(String text) {
        float[] cached = recent.get(text);
        if (cached != null) {
            return cached.clone();
        }
        float[] vector = SentenceEmbeddings.normalised(model.embed(text).content().vector());
        if (recent.size() >= CACHED_TEXTS) {
            recent.clear();
        }
        recent.put(text, vector.clone());
        return vector;
    }
}
