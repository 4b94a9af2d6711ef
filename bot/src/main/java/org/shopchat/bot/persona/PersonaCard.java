package org.shopchat.bot.persona;

/** How the widget presents the bot: its name and the URL of its avatar. */
public record PersonaCard(String name, String avatarUrl) {

    public static PersonaCard of(BotVoice voice) {
        return new PersonaCard(voice.botName(), AvatarController.PATH);
    }
}
