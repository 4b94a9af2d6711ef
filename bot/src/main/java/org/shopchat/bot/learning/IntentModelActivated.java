package org.shopchat.bot.learning;

/**
 * A version of the intent model became the active one (by the gate or a roll-back). Every instance reacts by
 * loading the active version from the database; the cluster module carries it to the other instances.
 */
public record IntentModelActivated(int version) {
}
