package org.shopchat.bot.orders;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The signed customer token of docs/protocol.md: {@code base64url(customerId "." expiryEpochSeconds) "."
 * base64url(HMAC-SHA256(secret, customerId "." expiryEpochSeconds))}, base64url without padding.
 */
final class CustomerTokenFormat {

    static final String ALGORITHM = "HmacSHA256";
    static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private CustomerTokenFormat() {
    }

    static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    static String payload(CustomerId customer, long expiryEpochSeconds) {
        return customer.value() + "." + expiryEpochSeconds;
    }

    static byte[] sign(SecretKeySpec key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256, so this is a broken runtime, not bad input.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
