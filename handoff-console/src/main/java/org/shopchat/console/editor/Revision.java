package org.shopchat.console.editor;

import java.time.Instant;

/**
 * One saved revision of some content under the editorial workflow, as the console shows it: an article, a response
 * template or the persona.
 *
 * @param <C> what the editor wrote
 */
public interface Revision<C> {

    int revision();

    ContentStatus status();

    /** Who saved it; null for a revision shipped with the bot's kb-content files. */
    String author();

    Instant createdAt();

    Instant statusChangedAt();

    C content();

    default boolean writtenBy(String username) {
        return author() != null && author().equals(username);
    }
}
