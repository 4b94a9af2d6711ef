package org.shopchat.bot.analytics;

import java.util.Set;

/**
 * A conversation's intent: the intent of its first customer message that the bot understood (in scope, confidence
 * at least the dialogue's minimum) and that is about something (not small talk).
 */
final class ConversationIntent {

    static final Set<String> SMALL_TALK = Set.of("greeting", "thanks", "goodbye", "affirm", "deny");
    static final String NONE = "none";

    private ConversationIntent() {
    }

    /** Whether a turn's reading may stand for the conversation's intent. */
    static boolean counts(String intent, Double confidence, boolean outOfScope, double minConfidence) {
        return intent != null && !outOfScope && confidence != null && confidence >= minConfidence
                && !SMALL_TALK.contains(intent);
    }

    /** Whether a turn's reading counts as understood (in scope and confident enough). */
    static boolean understood(Double confidence, boolean outOfScope, double minConfidence) {
        return outOfScope || (confidence != null && confidence >= minConfidence);
    }
}
