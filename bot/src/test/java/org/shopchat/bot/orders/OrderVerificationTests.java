package org.shopchat.bot.orders;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.orders.internal.VerificationAttemptsRepository;
import org.shopchat.bot.orders.internal.VerifiedOrderRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;
import static org.shopchat.bot.orders.VerificationResult.LOCKED;
import static org.shopchat.bot.orders.VerificationResult.MISMATCH;
import static org.shopchat.bot.orders.VerificationResult.VERIFIED;

/** The identity check before order details are shown, on the well-known demo orders of docs/demo-shop.md. */
@DataJpaTest(showSql = false)
@Import(OrdersTestConfiguration.class)
class OrderVerificationTests {

    @Autowired
    OrderVerification verification;

    @Autowired
    VerificationAttemptsRepository attempts;

    @Autowired
    VerifiedOrderRepository verified;

    @Autowired
    OrdersProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    EntityManager entityManager;

    private final UUID conversation = UUID.randomUUID();

    @Test
    void theEmailOnTheOrderVerifiesWhateverItsCase() {
        assertThat(verification.verify(conversation, "NW-100001", "Alice@Example.COM")).isEqualTo(VERIFIED);
        assertThat(verification.verify(UUID.randomUUID(), "NW-100001", "  alice@example.com ")).isEqualTo(VERIFIED);
    }

    @Test
    void thePostcodeOnTheOrderVerifiesWhateverItsCaseAndSpacing() {
        assertThat(verification.verify(conversation, "NW-100001", "sw1a1aa")).isEqualTo(VERIFIED);
        assertThat(verification.verify(UUID.randomUUID(), "nw 100001", " SW1A  1AA ")).isEqualTo(VERIFIED);
    }

    @Test
    void someoneElsesDetailsDoNotVerifyAnOrder() {
        assertThat(verification.verify(conversation, "NW-100020", "alice@example.com")).isEqualTo(MISMATCH);
        assertThat(verification.verify(conversation, "NW-100001", "M1 1AE")).isEqualTo(MISMATCH);
        assertThat(verification.isVerified(conversation, "NW-100020")).isFalse();
    }

    @Test
    void detailsProvenEarlierVerifyAnotherOrderOfTheSameCustomerAndAMissCostsNothing() {
        assertThat(verification.verifyWithEarlierProof(conversation, "NW-100003", "alice@example.com")).isTrue();
        assertThat(verification.isVerified(conversation, "NW-100003")).isTrue();

        assertThat(verification.verifyWithEarlierProof(conversation, "NW-100020", "alice@example.com")).isFalse();
        assertThat(verification.verifyWithEarlierProof(conversation, "NW-999999", "alice@example.com")).isFalse();
        assertThat(verification.isVerified(conversation, "NW-100020")).isFalse();
        assertThat(verification.remainingAttempts(conversation)).isEqualTo(properties.verificationMaxFailures());
    }

    @Test
    void aLockedConversationCannotUseEarlierProof() {
        for (int i = 0; i < properties.verificationMaxFailures(); i++) {
            verification.verify(conversation, "NW-100001", "wrong" + i + "@example.com");
        }
        assertThat(verification.verifyWithEarlierProof(conversation, "NW-100001", "alice@example.com")).isFalse();
    }

    @Test
    void anUnknownOrderNumberGetsTheSameAnswerAsWrongDetailsAndCountsAsAFailure() {
        VerificationResult wrongDetails = verification.verify(conversation, "NW-100001", "someone@else.example");
        VerificationResult unknownOrder = verification.verify(conversation, "NW-999999", "alice@example.com");

        assertThat(unknownOrder).isEqualTo(wrongDetails).isEqualTo(MISMATCH);
        assertThat(verification.remainingAttempts(conversation)).isEqualTo(1);
    }

    @Test
    void anUnknownOrderTakesTheSameStepsAsAKnownOneWithWrongDetails() {
        OrderLookup lookup = mock(OrderLookup.class);
        when(lookup.findOwnerContact("NW-100001"))
                .thenReturn(Optional.of(new OrderOwnerContact("alice@example.com", Set.of(new UkPostcode("SW1A 1AA")))));
        when(lookup.findOwnerContact("NW-999999")).thenReturn(Optional.empty());
        OrderVerification checked = new OrderVerification(lookup, attempts, verified, properties, clock);

        checked.verify(conversation, "NW-100001", "wrong@example.com");
        checked.verify(UUID.randomUUID(), "NW-999999", "wrong@example.com");

        // One lookup each and nothing else: no extra question reveals whether the order exists.
        var calls = inOrder(lookup);
        calls.verify(lookup).findOwnerContact("NW-100001");
        calls.verify(lookup).findOwnerContact("NW-999999");
        verifyNoMoreInteractions(lookup);
    }

    @Test
    void theThirdFailureLocksTheConversationOutOfFurtherChecks() {
        assertThat(verification.verify(conversation, "NW-100001", "LS1 4DY")).isEqualTo(MISMATCH);
        assertThat(verification.verify(conversation, "NW-100001", "wrong@example.com")).isEqualTo(MISMATCH);
        assertThat(verification.verify(conversation, "NW-999999", "alice@example.com")).isEqualTo(LOCKED);

        assertThat(verification.isLocked(conversation)).isTrue();
        assertThat(verification.remainingAttempts(conversation)).isZero();
        // Locked means locked: even the right details are not checked any more in this conversation.
        assertThat(verification.verify(conversation, "NW-100001", "alice@example.com")).isEqualTo(LOCKED);
        assertThat(verification.isVerified(conversation, "NW-100001")).isFalse();
    }

    @Test
    void theLockBelongsToOneConversationOnly() {
        for (int i = 0; i < 3; i++) {
            verification.verify(conversation, "NW-100001", "wrong@example.com");
        }

        UUID another = UUID.randomUUID();
        assertThat(verification.isLocked(another)).isFalse();
        assertThat(verification.verify(another, "NW-100001", "alice@example.com")).isEqualTo(VERIFIED);
    }

    @Test
    void failedAttemptsAreStoredSoARestartDoesNotResetThem() {
        verification.verify(conversation, "NW-100001", "wrong@example.com");
        verification.verify(conversation, "NW-100001", "wrong@example.com");
        entityManager.flush();
        entityManager.clear();

        OrderVerification afterRestart = new OrderVerification(
                mock(OrderLookup.class, invocation -> Optional.empty()), attempts, verified, properties, clock);
        assertThat(afterRestart.remainingAttempts(conversation)).isEqualTo(1);
        assertThat(afterRestart.verify(conversation, "NW-100001", "wrong@example.com")).isEqualTo(LOCKED);
    }

    @Test
    void aVerifiedOrderIsRememberedForTheConversationAcrossARestart() {
        verification.verify(conversation, "NW-100001", "alice@example.com");
        entityManager.flush();
        entityManager.clear();

        OrderVerification afterRestart = new OrderVerification(mock(OrderLookup.class), attempts, verified,
                properties, clock);
        assertThat(afterRestart.isVerified(conversation, "NW-100001")).isTrue();
        assertThat(afterRestart.isVerified(conversation, "nw100001")).isTrue();
        assertThat(afterRestart.isVerified(conversation, "NW-100002")).isFalse();
        assertThat(afterRestart.isVerified(UUID.randomUUID(), "NW-100001")).isFalse();
    }

    @Test
    void verifyingTheSameOrderTwiceIsHarmless() {
        assertThat(verification.verify(conversation, "NW-100001", "alice@example.com")).isEqualTo(VERIFIED);
        assertThat(verification.verify(conversation, "NW-100001", "SW1A 1AA")).isEqualTo(VERIFIED);
        entityManager.flush();
        assertThat(verified.count()).isEqualTo(1);
    }

    @Test
    void emptyOrMalformedDetailsAreAFailureLikeAnyOther() {
        assertThat(verification.verify(conversation, "NW-100001", "")).isEqualTo(MISMATCH);
        assertThat(verification.verify(conversation, "not an order", null)).isEqualTo(MISMATCH);
        assertThat(verification.remainingAttempts(conversation)).isEqualTo(1);
    }

    @Test
    void aLoggedInCustomersOwnOrderNeedsNoCheck() {
        CustomerId alice = new CustomerId("C-100001");

        assertThat(verification.verifyOwnOrder(conversation, alice, "NW-100002")).isTrue();
        assertThat(verification.isVerified(conversation, "NW-100002")).isTrue();
    }

    @Test
    void aLoggedInCustomerAskingAboutSomeoneElsesOrderIsNotVerifiedButNotPenalised() {
        CustomerId alice = new CustomerId("C-100001");

        assertThat(verification.verifyOwnOrder(conversation, alice, "NW-100020")).isFalse();
        assertThat(verification.verifyOwnOrder(conversation, alice, "NW-999999")).isFalse();
        assertThat(verification.isVerified(conversation, "NW-100020")).isFalse();
        assertThat(verification.remainingAttempts(conversation)).isEqualTo(properties.verificationMaxFailures());
    }

    @Test
    void theDeliveryPostcodeAndTheCustomersOwnPostcodeBothVerify() {
        OrderLookup lookup = mock(OrderLookup.class);
        when(lookup.findOwnerContact(anyString())).thenReturn(Optional.of(new OrderOwnerContact(
                "bob@example.com", Set.of(new UkPostcode("M1 1AE"), new UkPostcode("LS1 4DY")))));
        OrderVerification checked = new OrderVerification(lookup, attempts, verified, properties, clock);

        assertThat(checked.verify(conversation, "NW-100020", "m11ae")).isEqualTo(VERIFIED);
        assertThat(checked.verify(conversation, "NW-100020", "LS1 4DY")).isEqualTo(VERIFIED);
        assertThat(checked.verify(conversation, "NW-100020", "LS1 4DZ")).isEqualTo(MISMATCH);
    }
}
