/**
 * Replay ("what if"): stored conversations decided again with a candidate configuration (thresholds, content with
 * drafts, an intent model file) through the dialogue's own decision, entirely in memory, and compared with what was
 * recorded. Implements the console's replay port and the {@code --replay} command line. Reads the turn log; writes
 * nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Replay")
package org.shopchat.bot.replay;
