package org.shopchat.kb;

import java.util.List;
import java.util.Objects;

/**
 * The bot's character: who it is and the tone rules editors write to.
 *
 * @param avatar        classpath path of the avatar image, e.g. {@code kb/avatar.svg}
 * @param maxReplyChars longest customer-facing template variant allowed
 * @param description   the voice description for editors (Markdown body of {@code persona.md})
 */
public record Persona(String name, String role, String avatar, List<String> toneRules, int maxReplyChars,
                      String description) {

    public Persona {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(avatar, "avatar");
        toneRules = List.copyOf(toneRules);
        Objects.requireNonNull(description, "description");
        if (maxReplyChars <= 0) {
            throw new IllegalArgumentException("maxReplyChars must be positive, was " + maxReplyChars);
        }
    }
}
