package org.shopchat.console.security;

import org.shopchat.console.handoff.Agent;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** A signed-in console user: login name, roles and the display name customers see. */
public class ConsoleUser extends User {

    private final String displayName;

    ConsoleUser(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> roles,
                String displayName) {
        super(username, passwordHash, enabled, true, true, true, roles);
        this.displayName = displayName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Agent agent() {
        return new Agent(getUsername(), displayName);
    }

    public boolean has(ConsoleRole role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
