package org.shopchat.bot.replay;

import org.shopchat.bot.conversation.CustomerInput;

/**
 * A stored customer message with what the bot recorded for it: the turn (intent, act) and the bot's reply right
 * after it (template or article). The recorded fields are null when the message has no turn (never answered).
 */
record StoredTurn(long seq, String text, CustomerInput.Choice choice, String intent, Double confidence, String act,
                  String templateId, String articleId) {

    boolean recorded() {
        return act != null;
    }
}
