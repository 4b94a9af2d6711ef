package org.shopchat.bot.orders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The signed customer token of docs/protocol.md ("Identifying a logged-in shop customer"). */
@ExtendWith(OutputCaptureExtension.class)
class CustomerTokenVerifierTests {

    private static final String SECRET = "test-secret-for-customer-tokens-0123456789";
    private static final Instant NOW = Instant.parse("2026-04-15T09:30:00Z");
    private static final CustomerId ALICE = new CustomerId("C-100001");

    private final CustomerTokenVerifier verifier = new CustomerTokenVerifier(
            new OrdersProperties(SECRET, Duration.ofHours(24), 3), Clock.fixed(NOW, ZoneOffset.UTC));
    private final CustomerTokenIssuer issuer = new CustomerTokenIssuer(SECRET);

    @Test
    void aGenuineCurrentTokenNamesItsCustomer() {
        String token = issuer.issue(ALICE, NOW.plus(Duration.ofHours(1)));

        assertThat(verifier.verify(token)).contains(ALICE);
    }

    @Test
    void theTokenIsTheSignedPayloadInBase64UrlAsDocumented() {
        long expiry = NOW.plus(Duration.ofHours(1)).getEpochSecond();
        String token = issuer.issue(ALICE, Instant.ofEpochSecond(expiry));

        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        assertThat(payload).isEqualTo("C-100001." + expiry);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void aTokenForAnotherCustomerWithTheSameSignatureIsRefused(CapturedOutput output) {
        String token = issuer.issue(ALICE, NOW.plus(Duration.ofHours(1)));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("C-100002." + NOW.plus(Duration.ofHours(1)).getEpochSecond()).getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThat(verifier.verify(forged)).isEmpty();
        assertThat(output).contains("Ignored a customer token: wrong signature").doesNotContain(forged);
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefused() {
        String token = issuer.issue(ALICE, NOW.plus(Duration.ofHours(1)));
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);

        assertThat(verifier.verify(tampered)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefusedWithAWarning(CapturedOutput output) {
        assertThat(verifier.verify(issuer.issue(ALICE, NOW.minusSeconds(1)))).isEmpty();
        assertThat(verifier.verify(issuer.issue(ALICE, NOW))).isEmpty();
        assertThat(output).contains("Ignored a customer token: expired");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String token = new CustomerTokenIssuer("some-other-shop-secret-0123456789abcdef")
                .issue(ALICE, NOW.plus(Duration.ofHours(1)));

        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void aTokenValidForLongerThanAllowedIsRefused() {
        assertThat(verifier.verify(issuer.issue(ALICE, NOW.plus(Duration.ofHours(24))))).contains(ALICE);
        assertThat(verifier.verify(issuer.issue(ALICE, NOW.plus(Duration.ofDays(365))))).isEmpty();
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify("no-dot-at-all")).isEmpty();
        assertThat(verifier.verify("a.b.c")).isEmpty();
        assertThat(verifier.verify(".signature")).isEmpty();
        assertThat(verifier.verify("payload.")).isEmpty();
        assertThat(verifier.verify("!!!.???")).isEmpty();
        assertThat(verifier.verify("x".repeat(10_000) + ".y")).isEmpty();
    }

    @Test
    void aCorrectlySignedTokenWithoutAnExpiryIsRefused() {
        byte[] payload = "C-100001".getBytes(StandardCharsets.UTF_8);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(
                CustomerTokenFormat.sign(CustomerTokenFormat.key(SECRET), payload));

        assertThat(verifier.verify(token)).isEmpty();
    }

    @Test
    void theExampleTokenInTheProtocolDocumentationVerifiesWithTheDemoSecret() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("protocol.md");
        Matcher example = Pattern.compile("\\n([A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{43})\\n")
                .matcher(Files.readString(doc).split("## Identifying a logged-in shop customer", 2)[1]);
        assertThat(example.find()).as("example token in docs/protocol.md").isTrue();
        Instant dayBeforeExpiry = Instant.parse("2026-12-31T12:00:00Z");
        CustomerTokenVerifier demo = new CustomerTokenVerifier(new OrdersProperties(
                CustomerTokenIssuer.DEMO_SECRET, Duration.ofHours(24), 3), Clock.fixed(dayBeforeExpiry, ZoneOffset.UTC));

        assertThat(demo.verify(example.group(1))).contains(ALICE);
        assertThat(new CustomerTokenIssuer(CustomerTokenIssuer.DEMO_SECRET)
                .issue(ALICE, Instant.ofEpochSecond(1_798_761_600L)))
                .isEqualTo(example.group(1));
    }

    @Test
    void aSecretShorterThan32CharactersIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerTokenIssuer("short"))
                .withMessage("a customer token secret needs at least 32 characters");
    }
}
