package org.shopchat.intents.eval;

import org.shopchat.intents.embedding.CachingSentenceEncoder;
import org.shopchat.intents.embedding.MiniLmSentenceEncoder;

/** One MiniLM encoder with a cache for all evaluations of a test JVM, so no sentence is embedded twice. */
final class EvalEncoder {

    static final CachingSentenceEncoder SHARED = new CachingSentenceEncoder(MiniLmSentenceEncoder.shared());

    private EvalEncoder() {
    }
}
