package org.shopchat.bot.conversation;

/**
 * A button under a bot message. Pressing it sends {@code label} as the customer's message together with
 * {@code action} and {@code value}, which the dialogue trusts over re-reading the label
 * (e.g. action {@code intent} value {@code track_order}; action {@code feedback} value {@code helpful}).
 */
public record QuickReply(String label, String action, String value) {
}
