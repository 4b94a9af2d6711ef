package org.shopchat.bot.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Orders, identity checks and customer tokens.
 *
 * @param customerTokenSecret       the HMAC-SHA256 key shared with the shop's pages that sign customer tokens; at
 *                                  least 32 characters. The default in application.yaml is the documented demo secret:
 *                                  replace it in any real deployment.
 * @param customerTokenMaxLifetime  tokens whose expiry lies further ahead are refused, so a leaked token can't be
 *                                  minted to last for ever
 * @param verificationMaxFailures   failed identity checks after which a conversation may not try again
 */
@Validated
@ConfigurationProperties("shopchat.orders")
public record OrdersProperties(
        @NotNull @Size(min = 32, max = 512) String customerTokenSecret,
        @NotNull Duration customerTokenMaxLifetime,
        @Min(1) @Max(10) int verificationMaxFailures) {
}
