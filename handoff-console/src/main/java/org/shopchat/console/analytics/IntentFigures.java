package org.shopchat.console.analytics;

/** One intent: customer messages understood as it, conversations about it, and their surveys. */
public record IntentFigures(String intent, long turns, long conversations, long surveys, Double csat) {
}
