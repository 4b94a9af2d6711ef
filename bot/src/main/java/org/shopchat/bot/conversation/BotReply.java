package org.shopchat.bot.conversation;

import java.util.Objects;

/**
 * What the bot says in one message, with what produced it: the template (id and revision) or the article.
 * The text always comes from editor-approved content; this record only carries it.
 */
public record BotReply(String text, String templateId, Integer templateRevision) {

    public BotReply {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a bot reply needs text");
        }
    }
}
