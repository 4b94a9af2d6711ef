package org.shopchat.console.learning;

import java.util.List;

/**
 * The examples the intent classifier is trained on, as editors maintain them: every example belongs to one intent,
 * an intent exists while it has examples. The application implements it and checks the rules (names, lengths,
 * duplicates, the held-out test set that is never trained on), refusing with {@link ExamplesRejectedException}.
 */
public interface IntentExamples {

    /** Every intent with its number of examples, by name. */
    List<IntentSummary> intents();

    /**
     * Examples of {@code intent} whose text contains {@code query} (ignoring case; all when blank), newest first,
     * at most {@code limit}.
     */
    List<IntentExample> examples(String intent, String query, int limit);

    /** Adds examples (one per text) to an existing intent. @throws ExamplesRejectedException naming the bad lines */
    int add(String intent, List<String> texts, String author);

    /** Creates an intent with its first examples. @throws ExamplesRejectedException for a bad name or bad lines */
    int createIntent(String name, List<String> texts, String author);

    /**
     * Adds customer messages from the gaps report as examples of an existing intent, or of a new one named
     * {@code intent} when {@code newIntent}; recorded with the gaps report as their source.
     */
    int addFromGaps(String intent, boolean newIntent, List<String> texts, String author);

    /** Changes an example's text and/or moves it to another existing intent. @throws ExamplesRejectedException */
    void update(long id, String intent, String text, String author);

    /** @throws ExamplesRejectedException when there is no such example */
    void delete(long id);
}
