package org.shopchat.console.analytics;

/** Conversations escalated for one reason, and their share of all conversations of the period. */
public record ReasonFigures(String reason, long conversations, Double rate) {
}
