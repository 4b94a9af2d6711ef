package org.shopchat.console.handoff;

import java.time.Instant;

/**
 * One message of the conversation as the agent sees it.
 *
 * @param sender     CUSTOMER, BOT, AGENT or SYSTEM
 * @param author     the agent's display name on agent messages, else null
 * @param intent     what the bot understood it answered (bot messages), else null
 * @param confidence the classifier's confidence for {@code intent}, else null
 * @param article    the knowledge article linked under the message (bot answers, articles agents sent), else null
 */
public record ChatLine(long seq, String sender, String author, String text, Instant createdAt, String intent,
                       Double confidence, ArticleRef article) {

    /** @param url the public article page, e.g. {@code /kb/returns-policy} */
    public record ArticleRef(String id, String title, String url) {
    }
}
