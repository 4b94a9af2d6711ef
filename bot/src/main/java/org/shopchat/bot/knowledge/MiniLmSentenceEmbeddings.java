package org.shopchat.bot.knowledge;

import org.shopchat.intents.embedding.MiniLmSentenceEncoder;
import org.shopchat.intents.embedding.SentenceEncoder;

/**
 * all-MiniLM-L6-v2 (384 dimensions) run in this JVM with ONNX Runtime; the model and its tokenizer ship inside
 * the langchain4j jar, so nothing is downloaded at run time.
 *
 * <p>It is the very encoder the intent classifier's embedding stage uses ({@link
 * MiniLmSentenceEncoder#sharedForServing()}): one model in the process (loading one takes seconds and some 90 MB)
 * and one store of recent vectors. A customer question the classifier has just embedded is therefore found there
 * and not encoded a second time, and re-indexing the articles (a new application context, a re-import) costs
 * nothing while their texts are still kept.
 */
final class MiniLmSentenceEmbeddings implements SentenceEmbeddings {

    private static final MiniLmSentenceEmbeddings SHARED = new MiniLmSentenceEmbeddings(
            MiniLmSentenceEncoder.sharedForServing());

    private final SentenceEncoder encoder;

    MiniLmSentenceEmbeddings(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** The process-wide instance; the model loads on first use. */
    static MiniLmSentenceEmbeddings shared() {
        return SHARED;
    }

    @Override
    public float[] embed(String text) {
        return SentenceEmbeddings.normalised(encoder.encode(text));
    }
}
