package org.shopchat.bot.orders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs customer tokens the way a shop's page does. The bot itself only verifies them; this exists for the demo
 * shop page and for testers. From the command line (after {@code ./mvnw -pl bot -am package -DskipTests}):
 * <pre>java -cp bot/target/classes org.shopchat.bot.orders.CustomerTokenIssuer C-100001 [hours]</pre>
 * It signs with {@code SHOPCHAT_ORDERS_CUSTOMER_TOKEN_SECRET} from the environment, else the demo secret.
 */
public final class CustomerTokenIssuer {

    /** The documented demo secret (docs/protocol.md); application.yaml uses it unless configured otherwise. */
    public static final String DEMO_SECRET = "northwind-demo-secret-not-for-production-use-0001";

    private final String secret;

    public CustomerTokenIssuer(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < 32) {
            throw new IllegalArgumentException("a customer token secret needs at least 32 characters");
        }
        this.secret = secret;
    }

    public String issue(CustomerId customer, Instant expiry) {
        byte[] payload = CustomerTokenFormat.payload(customer, expiry.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8);
        byte[] signature = CustomerTokenFormat.sign(CustomerTokenFormat.key(secret), payload);
        return CustomerTokenFormat.ENCODER.encodeToString(payload) + "."
                + CustomerTokenFormat.ENCODER.encodeToString(signature);
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || !CustomerId.isWellFormed(args[0])
                || (args.length == 2 && !args[1].matches("[1-9]|1[0-9]|2[0-4]"))) {
            System.err.println("usage: CustomerTokenIssuer <customer id, e.g. C-100001> [valid for hours, 1-24, default 8]");
            System.exit(2);
            return;
        }
        String secret = Objects.requireNonNullElse(System.getenv("SHOPCHAT_ORDERS_CUSTOMER_TOKEN_SECRET"), DEMO_SECRET);
        if (secret.length() < 32) {
            System.err.println("SHOPCHAT_ORDERS_CUSTOMER_TOKEN_SECRET must have at least 32 characters");
            System.exit(2);
            return;
        }
        Duration validity = Duration.ofHours(args.length == 2 ? Integer.parseInt(args[1]) : 8);
        System.out.println(new CustomerTokenIssuer(secret).issue(new CustomerId(args[0]), Instant.now().plus(validity)));
    }
}
