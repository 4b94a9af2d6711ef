package org.shopchat.console.learning;

import java.time.Instant;
import java.util.List;

/**
 * What customers asked that the bot could not answer well: messages that were out of scope, not understood, found
 * no article, got "no" on "Did this help?", or came just before a hand-over to a person; similar messages grouped.
 * The application implements it.
 */
public interface GapReport {

    /** Groups of gap messages sent since {@code since}, the group with the newest message first. */
    List<GapGroup> groups(Instant since, int maxGroups);
}
