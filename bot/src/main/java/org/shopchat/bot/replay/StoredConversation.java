package org.shopchat.bot.replay;

import java.util.List;
import java.util.UUID;

/** A stored conversation's customer messages in order, with what was recorded for each. */
record StoredConversation(UUID id, String customerId, List<StoredTurn> turns) {

    StoredConversation {
        turns = List.copyOf(turns);
    }
}
