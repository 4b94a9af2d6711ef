package org.shopchat.console.replay;

import java.util.List;

/**
 * Runs stored conversations through a candidate configuration entirely in memory — nothing stored, no message sent,
 * no hand-over requested, no order looked up — and compares with what was recorded. The application implements it.
 */
public interface Replays {

    /** A replay's bound: each conversation is decided turn by turn with the intent model, in one request. */
    int MAX_CONVERSATIONS = 500;
    /** The model customers are answered with now. */
    String CURRENT_MODEL = "current";

    ReplayReport run(ReplayRequest request);

    /** The configured thresholds with published content and the current model: where a candidate starts from. */
    ReplayCandidate configured();

    /** The intent model files a candidate may name (besides {@link #CURRENT_MODEL}), sorted. */
    List<String> models();

    static void checkCount(int count) {
        if (count < 1 || count > MAX_CONVERSATIONS) {
            throw new IllegalArgumentException("a replay takes 1 to " + MAX_CONVERSATIONS + " conversations");
        }
    }
}
