package org.shopchat.intents.eval;

import org.shopchat.intents.ShippedModel;
import org.shopchat.intents.embedding.CachingSentenceEncoder;

/** One encoder of the shipped kind with a cache for all evaluations of a test JVM, so no sentence is embedded twice. */
final class EvalEncoder {

    static final CachingSentenceEncoder SHARED = new CachingSentenceEncoder(ShippedModel.sentenceEncoder());

    private EvalEncoder() {
    }
}
