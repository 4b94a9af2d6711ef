package org.shopchat.bot.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The external STOMP broker (RabbitMQ with its STOMP plugin, or Apache Artemis) that instances share when scaled
 * out; see docs/deployment.md. Off by default: one instance uses the in-memory broker.
 *
 * @param enabled        relay /queue and /topic to the broker instead of the in-memory broker
 * @param clientLogin    login for the connections opened on behalf of each WebSocket client
 * @param systemLogin    login for the shared system connection that carries the application's own messages
 * @param virtualHost    STOMP {@code host} header (RabbitMQ's virtual host); blank to leave it out
 */
@Validated
@ConfigurationProperties("shopchat.chat.relay")
public record BrokerRelayProperties(
        boolean enabled,
        @NotBlank String host,
        @Min(1) @Max(65_535) int port,
        @NotBlank String clientLogin,
        String clientPasscode,
        @NotBlank String systemLogin,
        String systemPasscode,
        String virtualHost) {

    public BrokerRelayProperties {
        clientPasscode = clientPasscode == null ? "" : clientPasscode;
        systemPasscode = systemPasscode == null ? "" : systemPasscode;
    }
}
