package org.shopchat.console.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a console password must be. Long enough to resist guessing with the sign-in throttle in front of it; at most
 * 72 bytes, because BCrypt reads no further (Spring Security refuses longer ones rather than ignore the rest); not
 * the username with a few characters added; letters and at least one digit or symbol.
 */
public final class PasswordRules {

    public static final int MIN_CHARS = 10;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** Why {@code password} is not acceptable for {@code username}, or empty when it is. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_CHARS) {
            return Optional.of("a password has at least " + MIN_CHARS + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("a password has at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters)");
        }
        if (password.isBlank() || !password.equals(password.strip())) {
            return Optional.of("a password does not start or end with a space");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).startsWith(username.toLowerCase(Locale.ROOT))
                && password.length() - username.length() < MIN_CHARS / 2) {
            return Optional.of("a password is more than the username and a few characters");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("a password has letters and at least one digit or symbol");
        }
        return Optional.empty();
    }
}
