package org.shopchat.bot.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Limits and origins of the customer chat.
 *
 * @param allowedOrigins   origin patterns of shop pages that may embed the widget (the bot's own origin always may)
 * @param maxMessageChars  longest customer message accepted, in characters
 * @param maxFrameBytes    largest STOMP frame accepted; larger frames close the connection with an ERROR frame
 * @param idleTimeout      how long a connection that sends nothing (not even STOMP heart-beats) is kept open
 */
@Validated
@ConfigurationProperties("shopchat.chat")
public record ChatProperties(
        @NotNull List<String> allowedOrigins,
        @Min(1) @Max(20_000) int maxMessageChars,
        @Min(1024) @Max(1_048_576) int maxFrameBytes,
        @NotNull Duration idleTimeout) {

    public ChatProperties {
        if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
            throw new IllegalArgumentException("shopchat.chat.idle-timeout must be positive, was " + idleTimeout);
        }
    }
}
