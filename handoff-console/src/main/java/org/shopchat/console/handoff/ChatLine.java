package org.shopchat.console.handoff;

import java.time.Instant;

/**
 * One message of the conversation as the agent sees it.
 *
 * @param sender     CUSTOMER, BOT, AGENT or SYSTEM
 * @param author     the agent's display name on agent messages, else null
 * @param intent     what the bot understood it answered (bot messages), else null
 * @param confidence the classifier's confidence for {@code intent}, else null
 */
public record ChatLine(long seq, String sender, String author, String text, Instant createdAt, String intent,
                       Double confidence) {
}
