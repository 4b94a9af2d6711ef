package org.shopchat.kb;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wording rules shared by articles and templates: no unfinished text, no blaming, no promises we can't keep. */
final class TextRules {

    private static final Pattern UNFINISHED = Pattern.compile("(?i)\\b(todo|tbd|fixme|lorem|ipsum|xxx+)\\b");

    /** Phrases that blame or lecture the customer, or promise more than the shop can keep. Lower case. */
    static final List<String> FORBIDDEN_PHRASES = List.of(
            "you should have", "your fault", "as i already said", "as i said before", "as already mentioned",
            "i already told you", "you failed to", "you forgot to", "you didn't read", "you did not read",
            "you were supposed to", "calm down", "obviously", "you must have", "read the instructions",
            "i promise", "we promise", "100% guaranteed", "guaranteed to arrive");

    private TextRules() {
    }

    static Optional<String> unfinished(String text) {
        Matcher m = UNFINISHED.matcher(text);
        return m.find() ? Optional.of("contains placeholder text '" + m.group() + "'") : Optional.empty();
    }

    static Optional<String> forbiddenPhrase(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        return FORBIDDEN_PHRASES.stream().filter(lower::contains).findFirst()
                .map(p -> "breaks the persona's tone rules: '" + p + "'");
    }
}
