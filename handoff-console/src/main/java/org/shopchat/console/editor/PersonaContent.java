package org.shopchat.console.editor;

import java.util.List;
import java.util.Objects;

/**
 * What an editor writes for the bot's persona: the name customers see in the widget header and in the greeting
 * ({@code {botName}}), its role, the avatar (one of the shipped avatars or an allowed image address), the tone rules
 * editors write to, the longest customer message, and the voice description for editors.
 */
public record PersonaContent(String name, String role, String avatar, List<String> toneRules, int maxReplyChars,
                             String description) {

    public PersonaContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(avatar, "avatar");
        toneRules = List.copyOf(toneRules);
        Objects.requireNonNull(description, "description");
    }
}
