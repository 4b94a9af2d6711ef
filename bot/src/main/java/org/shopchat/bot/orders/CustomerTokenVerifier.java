package org.shopchat.bot.orders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks the signed token with which a shop page says which logged-in customer is chatting. A token that is
 * malformed, wrongly signed, expired or valid for longer than allowed is ignored with a warning: the chat then
 * simply goes on anonymously. The token itself is never logged, it is a credential.
 */
@Component
public class CustomerTokenVerifier {

    private static final Logger log = LoggerFactory.getLogger(CustomerTokenVerifier.class);
    private static final int MAX_TOKEN_CHARS = 512;

    private final SecretKeySpec key;
    private final Duration maxLifetime;
    private final Clock clock;

    public CustomerTokenVerifier(OrdersProperties properties, Clock clock) {
        this.key = CustomerTokenFormat.key(properties.customerTokenSecret());
        this.maxLifetime = properties.customerTokenMaxLifetime();
        this.clock = clock;
        if (CustomerTokenIssuer.DEMO_SECRET.equals(properties.customerTokenSecret())) {
            log.warn("Customer tokens are checked with the public demo secret; set shopchat.orders.customer-token-secret "
                    + "before real customers use the chat");
        }
    }

    /** The customer the token names, when it is genuine and current; empty (with a warning logged) otherwise. */
    public Optional<CustomerId> verify(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            return rejected("longer than " + MAX_TOKEN_CHARS + " characters");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            return rejected("not two base64url parts separated by one dot");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = CustomerTokenFormat.DECODER.decode(token.substring(0, dot));
            signature = CustomerTokenFormat.DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return rejected("not base64url");
        }
        if (!MessageDigest.isEqual(CustomerTokenFormat.sign(key, payload), signature)) {
            return rejected("wrong signature");
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int separator = text.lastIndexOf('.');
        if (separator <= 0 || !CustomerId.isWellFormed(text.substring(0, separator))
                || !text.substring(separator + 1).matches("[0-9]{1,12}")) {
            return rejected("signed, but its content is not customer id and expiry");
        }
        CustomerId customer = new CustomerId(text.substring(0, separator));
        Instant expiry = Instant.ofEpochSecond(Long.parseLong(text.substring(separator + 1)));
        Instant now = clock.instant();
        if (!expiry.isAfter(now)) {
            return rejected("expired at " + expiry + " (customer " + customer + ")");
        }
        if (expiry.isAfter(now.plus(maxLifetime))) {
            return rejected("valid until " + expiry + ", longer than the allowed " + maxLifetime
                    + " (customer " + customer + ")");
        }
        return Optional.of(customer);
    }

    private static Optional<CustomerId> rejected(String reason) {
        log.warn("Ignored a customer token: {}; the chat goes on anonymously", reason);
        return Optional.empty();
    }
}
