package org.shopchat.bot.escalation.internal;

import java.util.UUID;

/** The waiting line changed; {@code added} is the hand-over that just joined it, if that was the change. */
public record QueueChanged(UUID added) {
}
