package org.shopchat.bot.orders;

import org.shopchat.bot.orders.internal.OrderNumberText;
import org.shopchat.bot.orders.internal.VerificationAttempts;
import org.shopchat.bot.orders.internal.VerificationAttemptsRepository;
import org.shopchat.bot.orders.internal.VerifiedOrder;
import org.shopchat.bot.orders.internal.VerifiedOrderKey;
import org.shopchat.bot.orders.internal.VerifiedOrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity check before any order detail is shown: the order number plus the e-mail address or a postcode on
 * the order. An unknown order number fails exactly like wrong details, through the same comparisons, so the answer
 * never tells whether an order exists. After {@code shopchat.orders.verification-max-failures} failures a
 * conversation is locked out of further checks; attempts and successes are stored, so both survive a restart.
 */
@Service
public class OrderVerification {

    private static final Logger log = LoggerFactory.getLogger(OrderVerification.class);

    // Compared with when the order is unknown: values no real order can have (".invalid" is reserved, RFC 2606).
    private static final OrderOwnerContact DECOY = new OrderOwnerContact("nobody@decoy.invalid",
            java.util.Set.of(new UkPostcode("ZZ9 9ZZ"), new UkPostcode("ZZ9 9ZY")));
    // An order has one e-mail address and at most two postcodes; every check compares with this many values.
    private static final int COMPARED_VALUES = 3;

    private final OrderLookup orders;
    private final VerificationAttemptsRepository attempts;
    private final VerifiedOrderRepository verified;
    private final OrdersProperties properties;
    private final Clock clock;

    OrderVerification(OrderLookup orders, VerificationAttemptsRepository attempts, VerifiedOrderRepository verified,
                      OrdersProperties properties, Clock clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.verified = verified;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Checks that the customer knows the e-mail address or a postcode of the order. A success is remembered for
     * the conversation; a failure counts towards the lock, and the failure that reaches the limit answers LOCKED.
     */
    @Transactional
    public VerificationResult verify(UUID conversationId, String orderNumber, String emailOrPostcode) {
        Optional<VerificationAttempts> earlier = attempts.lockByConversationId(conversationId);
        if (earlier.map(VerificationAttempts::getFailures).orElse(0) >= properties.verificationMaxFailures()) {
            return VerificationResult.LOCKED;
        }
        Optional<OrderOwnerContact> contact = orders.findOwnerContact(orderNumber);
        boolean matches = matches(contact.orElse(DECOY), emailOrPostcode) && contact.isPresent();
        if (matches) {
            String canonical = OrderNumberText.canonical(orderNumber).orElseThrow();
            VerifiedOrderKey key = new VerifiedOrderKey(conversationId, canonical);
            if (!verified.existsById(key)) {
                verified.save(new VerifiedOrder(key, clock.instant()));
            }
            return VerificationResult.VERIFIED;
        }
        VerificationAttempts counter = earlier.orElseGet(() -> new VerificationAttempts(conversationId, clock.instant()));
        int failures = counter.recordFailure(clock.instant());
        attempts.save(counter);
        if (failures >= properties.verificationMaxFailures()) {
            log.info("Conversation {} locked out of order checks after {} failed attempts", conversationId, failures);
            return VerificationResult.LOCKED;
        }
        return VerificationResult.MISMATCH;
    }

    /**
     * For a logged-in customer (see {@link CustomerTokenVerifier}): their own orders need no check. Remembers the
     * order as verified for the conversation and answers true when it is theirs; false otherwise, without counting a
     * failure (the customer may simply be asking about someone else's order and can still verify it).
     */
    @Transactional
    public boolean verifyOwnOrder(UUID conversationId, CustomerId customer, String orderNumber) {
        if (!orders.isOwnOrder(customer, orderNumber)) {
            return false;
        }
        VerifiedOrderKey key = new VerifiedOrderKey(conversationId, OrderNumberText.canonical(orderNumber).orElseThrow());
        if (!verified.existsById(key)) {
            verified.save(new VerifiedOrder(key, clock.instant()));
        }
        return true;
    }

    /**
     * Tries details that already verified another order in this conversation. A match remembers the order as
     * verified; a mismatch answers false without counting a failure, because the customer typed nothing wrong.
     * A locked conversation gets false.
     */
    @Transactional
    public boolean verifyWithEarlierProof(UUID conversationId, String orderNumber, String emailOrPostcode) {
        if (isLocked(conversationId)) {
            return false;
        }
        Optional<OrderOwnerContact> contact = orders.findOwnerContact(orderNumber);
        if (!(matches(contact.orElse(DECOY), emailOrPostcode) && contact.isPresent())) {
            return false;
        }
        VerifiedOrderKey key = new VerifiedOrderKey(conversationId, OrderNumberText.canonical(orderNumber).orElseThrow());
        if (!verified.existsById(key)) {
            verified.save(new VerifiedOrder(key, clock.instant()));
        }
        return true;
    }

    /** Whether this conversation proved earlier that it may see the order. */
    @Transactional(readOnly = true)
    public boolean isVerified(UUID conversationId, String orderNumber) {
        return OrderNumberText.canonical(orderNumber)
                .map(number -> verified.existsById(new VerifiedOrderKey(conversationId, number)))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(UUID conversationId) {
        return failures(conversationId) >= properties.verificationMaxFailures();
    }

    /** How many more failed checks the conversation may have before it is locked. */
    @Transactional(readOnly = true)
    public int remainingAttempts(UUID conversationId) {
        return Math.max(0, properties.verificationMaxFailures() - failures(conversationId));
    }

    private int failures(UUID conversationId) {
        return attempts.findById(conversationId).map(VerificationAttempts::getFailures).orElse(0);
    }

    /** Compares a fixed number of digests without stopping at the first match, so the work is the same every time. */
    private static boolean matches(OrderOwnerContact contact, String given) {
        byte[] answer = digest(normalise(given));
        List<String> expected = new ArrayList<>(COMPARED_VALUES);
        expected.add(contact.email().toLowerCase(Locale.ROOT));
        contact.postcodes().forEach(postcode -> expected.add(postcode.value()));
        while (expected.size() < COMPARED_VALUES) {
            expected.add(DECOY.email());
        }
        boolean any = false;
        for (String value : expected) {
            any |= MessageDigest.isEqual(answer, digest(value));
        }
        return any;
    }

    /** E-mail addresses compare case-insensitively, postcodes ignoring case and spaces. */
    private static String normalise(String given) {
        if (given == null) {
            return "";
        }
        String trimmed = given.strip();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return UkPostcode.parse(trimmed).map(UkPostcode::value).orElse("");
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
