package org.shopchat.bot.persona;

/** A revision of the persona became the one the bot speaks as (imported or approved by an editor). */
public record PersonaPublished(int revision) {
}
