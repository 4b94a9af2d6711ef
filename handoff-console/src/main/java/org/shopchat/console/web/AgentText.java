package org.shopchat.console.web;

import java.util.Optional;
import java.util.regex.Pattern;

/** What an agent may send to a customer or record: trimmed, not empty, bounded, no control characters. */
final class AgentText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private AgentText() {
    }

    /** The cleaned text, or empty with no reason when it breaks the rules (callers answer 400). */
    static Optional<String> clean(String text, int maxChars) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > maxChars
                || CONTROL.matcher(stripped).find()) {
            return Optional.empty();
        }
        return Optional.of(stripped);
    }
}
