package org.shopchat.console.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;

/** Signed-in console users for unit tests, without an account database. */
public final class TestUsers {

    private TestUsers() {
    }

    public static ConsoleUser user(String username, ConsoleRole... roles) {
        return new ConsoleUser(username, "{noop}unused", true,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList(), username);
    }
}
