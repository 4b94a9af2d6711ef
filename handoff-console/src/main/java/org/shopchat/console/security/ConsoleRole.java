package org.shopchat.console.security;

/** What a console user may do: agents chat with customers, editors manage content, admins manage accounts. */
public enum ConsoleRole {
    AGENT, EDITOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
