package org.shopchat.bot.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret a customer's browser keeps to come back to its conversation. 256 random bits, URL-safe.
 * Only its SHA-256 hash is stored, so a copy of the database does not open anyone's conversation.
 */
public record ConversationToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public ConversationToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a conversation token");
        }
    }

    public static ConversationToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ConversationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "ConversationToken[***]";
    }
}
