/**
 * Replay ("what if"): stored conversations decided again with a candidate configuration, and what would change. The
 * port ({@link org.shopchat.console.replay.Replays}), its records, the form's validation (shared with the command
 * line) and the editors' page; the application implements the port.
 */
package org.shopchat.console.replay;
