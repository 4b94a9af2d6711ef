package org.shopchat.bot.escalation.internal;

import java.util.UUID;

/** A colleague handed the chat to {@code toUsername}, who should see it among their chats at once. */
record HandoffTransferred(UUID handoffId, String toUsername, String fromDisplayName) {
}
