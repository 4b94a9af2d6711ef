package org.shopchat.bot.chat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How much one client may ask of the chat, so that one noisy client cannot slow the others down.
 *
 * @param enabled                off only for load benchmarks that open thousands of sessions from one address
 * @param messagesPerConnection  frames sent to {@code /app/**} by one STOMP connection
 * @param messagesPerAddress     frames sent to {@code /app/**} by all connections of one client address together
 * @param connectionsPerAddress  open WebSocket connections from one client address
 */
@Validated
@ConfigurationProperties("shopchat.chat.limits")
public record ChatLimitProperties(
        boolean enabled,
        @Valid @NotNull Rate messagesPerConnection,
        @Valid @NotNull Rate messagesPerAddress,
        @Min(1) @Max(100_000) int connectionsPerAddress) {

    /** At most {@code capacity} frames at once, refilled evenly over {@code period}. */
    public record Rate(@Min(1) @Max(100_000) int capacity, @NotNull Duration period) {
        public Rate {
            if (period != null && (period.isNegative() || period.isZero())) {
                throw new IllegalArgumentException("a rate's period must be positive, was " + period);
            }
        }
    }
}
