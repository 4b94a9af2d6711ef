package org.shopchat.bot.learning;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What an intent name and an example's text must look like; the messages are shown at the form's fields. */
final class ExampleRules {

    static final int MAX_TEXT_CHARS = 300;
    static final int MIN_TEXT_CHARS = 2;
    static final int MIN_NAME_CHARS = 3;
    static final int MAX_NAME_CHARS = 40;
    /** snake_case: lower-case words of letters and digits joined by single underscores, starting with a letter. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
    /**
     * Names the dialogue gives a meaning of its own: "something_else" is the value of the "none of these" quick
     * reply, so an intent of that name could never be chosen with a button.
     */
    static final Set<String> RESERVED = Set.of("something_else");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ExampleRules() {
    }

    /** The problem with a new intent's name (clashes with existing intents are checked by the store). */
    static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("give the intent a name");
        }
        if (name.length() < MIN_NAME_CHARS || name.length() > MAX_NAME_CHARS) {
            return Optional.of("the name must have " + MIN_NAME_CHARS + "–" + MAX_NAME_CHARS + " characters, has "
                    + name.length());
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not snake_case: lower-case letters and digits, words joined by one"
                    + " underscore, starting with a letter (e.g. gift_wrapping)");
        }
        if (RESERVED.contains(name)) {
            return Optional.of("'" + name + "' is reserved by the dialogue");
        }
        return Optional.empty();
    }

    /** The text as stored: trimmed, runs of white space as one space. */
    static String clean(String text) {
        return SPACES.matcher(text == null ? "" : text).replaceAll(" ").strip();
    }

    /** What makes two examples the same: case and spacing do not count. */
    static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** The problem with a cleaned text on its own (duplicates and the held-out set are checked by the store). */
    static Optional<String> textProblem(String cleaned) {
        if (CONTROL.matcher(cleaned).find()) {
            return Optional.of("contains control characters");
        }
        if (cleaned.length() < MIN_TEXT_CHARS) {
            return Optional.of("is too short (at least " + MIN_TEXT_CHARS + " characters)");
        }
        if (cleaned.length() > MAX_TEXT_CHARS) {
            return Optional.of("has " + cleaned.length() + " characters, at most " + MAX_TEXT_CHARS);
        }
        return Optional.empty();
    }
}
