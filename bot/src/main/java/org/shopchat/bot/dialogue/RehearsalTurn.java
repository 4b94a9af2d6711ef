package org.shopchat.bot.dialogue;

import org.shopchat.bot.conversation.CustomerInput;

/**
 * A stored customer message to decide again, with the act the bot recorded for it (which says whether a person had
 * the conversation or the turn was a step of a flow).
 *
 * @param choice       the quick reply the customer pressed, or null
 * @param recordedAct  the act of the stored turn, or null when none was stored
 */
public record RehearsalTurn(long seq, String text, CustomerInput.Choice choice, String recordedAct) {
}
