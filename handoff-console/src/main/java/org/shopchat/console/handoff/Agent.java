package org.shopchat.console.handoff;

import java.util.Objects;

/**
 * A signed-in console user acting on a hand-over: the login name identifies them, the display name is what
 * customers see ("Priya has joined").
 */
public record Agent(String username, String displayName) {

    public Agent {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        if (username.isBlank() || displayName.isBlank()) {
            throw new IllegalArgumentException("an agent needs a username and a display name");
        }
    }
}
