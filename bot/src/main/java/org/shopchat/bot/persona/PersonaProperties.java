package org.shopchat.bot.persona;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * @param avatarOrigins where an editor may take an avatar image from besides the shipped ones, as origins such as
 *                      {@code https://cdn.example.com}; empty (the default) allows the shipped avatars only. The
 *                      pages that show the widget must allow these origins for images in their CSP.
 */
@ConfigurationProperties("shopchat.persona")
public record PersonaProperties(@DefaultValue List<URI> avatarOrigins) {

    public PersonaProperties {
        avatarOrigins = List.copyOf(avatarOrigins);
        for (URI origin : avatarOrigins) {
            if (!"https".equals(origin.getScheme()) || origin.getHost() == null
                    || !(origin.getRawPath() == null || origin.getRawPath().isEmpty() || origin.getRawPath().equals("/"))
                    || origin.getRawQuery() != null || origin.getRawUserInfo() != null) {
                throw new IllegalArgumentException("shopchat.persona.avatar-origins: '" + origin
                        + "' is not an https origin such as https://cdn.example.com");
            }
        }
    }

    /** Whether an https image address is on one of the allowed origins (scheme, host and port all equal). */
    boolean allowsAvatarUrl(String url) {
        URI avatar = URI.create(url);
        return avatarOrigins.stream().anyMatch(o -> o.getHost().toLowerCase(Locale.ROOT)
                .equals(avatar.getHost() == null ? "" : avatar.getHost().toLowerCase(Locale.ROOT))
                && o.getPort() == avatar.getPort());
    }
}
