package org.shopchat.bot.knowledge;

/** Where a revision came from: the kb-content files shipped with the bot, or an editor working in the database. */
public enum RevisionSource {
    SHIPPED, EDITOR
}
