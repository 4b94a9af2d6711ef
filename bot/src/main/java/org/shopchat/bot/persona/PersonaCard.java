package org.shopchat.bot.persona;

import org.shopchat.kb.ContentValidator;
import org.shopchat.kb.Persona;

/**
 * How the widget presents the bot: its name and the URL of its avatar, relative to the bot's origin for a shipped
 * avatar (served by {@link AvatarController}, named in the URL so that a changed avatar is not taken from a cache),
 * or the image address an editor chose from an allowed origin.
 */
public record PersonaCard(String name, String avatarUrl) {

    public static PersonaCard of(BotVoice voice) {
        return of(voice.persona());
    }

    public static PersonaCard of(Persona persona) {
        String avatar = persona.avatar();
        return new PersonaCard(persona.name(), ContentValidator.isAvatarUrl(avatar) ? avatar
                : AvatarController.PATH + "?v=" + Integer.toHexString(avatar.hashCode()));
    }
}
