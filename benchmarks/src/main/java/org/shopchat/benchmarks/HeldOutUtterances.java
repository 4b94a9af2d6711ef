package org.shopchat.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.shopchat.intents.LabeledUtterance;
import org.shopchat.intents.ShippedData;

/**
 * The fixed input of the NLU and full-turn benchmarks: the held-out utterances shipped with the intents library
 * (written for this project, Apache-2.0), never trained on, in one seeded shuffle so that consecutive calls do not
 * repeat the same intent (which would flatter branch prediction and caches).
 */
public final class HeldOutUtterances {

    static final long SHUFFLE_SEED = 12L;

    private HeldOutUtterances() {
    }

    public static List<String> all() {
        return texts(ShippedData.heldOut());
    }

    /** The held-out utterances without the given intents, in the same fixed order. */
    public static List<String> excluding(List<String> intents) {
        return texts(ShippedData.heldOut().stream().filter(u -> !intents.contains(u.intent().value())).toList());
    }

    private static List<String> texts(List<LabeledUtterance> utterances) {
        List<String> texts = new ArrayList<>(utterances.stream().map(LabeledUtterance::text).toList());
        if (texts.isEmpty()) {
            throw new IllegalStateException("the intents library holds no held-out utterances");
        }
        Collections.shuffle(texts, new Random(SHUFFLE_SEED));
        return List.copyOf(texts);
    }
}
