package org.shopchat.bot.chat;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.config.StompBrokerRelayRegistration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.jetty.JettyRequestUpgradeStrategy;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * STOMP over WebSocket at {@code /ws}; see docs/protocol.md. One instance uses the in-memory broker; scaled out
 * ({@code shopchat.chat.relay.enabled}), /queue and /topic are relayed to an external STOMP broker, and messages for
 * a user connected to another instance travel through it (user registry and unresolved-destination broadcasts).
 * The message broker itself is set up by {@link ChatMessageBrokerConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

    static final String ENDPOINT = "/ws";

    static final String USER_REGISTRY_BROADCAST = "/topic/shopchat.user-registry";
    static final String UNRESOLVED_USER_BROADCAST = "/topic/shopchat.unresolved-user";

    private final ChatProperties properties;
    private final BrokerRelayProperties relay;
    private final CustomerSessionInterceptor sessionInterceptor;
    private final ChatRateLimits rateLimits;

    /** The simple broker's heart-beat scheduler; not a bean, so this configuration stops its thread at shutdown. */
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

    ChatWebSocketConfiguration(ChatProperties properties, BrokerRelayProperties relay,
                               CustomerSessionInterceptor sessionInterceptor, ChatRateLimits rateLimits) {
        this.properties = properties;
        this.relay = relay;
        this.sessionInterceptor = sessionInterceptor;
        this.rateLimits = rateLimits;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .setHandshakeHandler(jettyHandshake())
                .addInterceptors(new ClientAddress(), new StaffCsrfHandshake());
        // A customer's messages must be handled in the order they were typed, not in thread-pool order.
        registry.setPreserveReceiveOrder(true);
    }

    /**
     * Jetty's WebSocket settings for the chat. Its default idle timeout (30 s) would close a customer who reads an
     * article without typing when the client sends no STOMP heart-beats; {@code shopchat.chat.idle-timeout} is how
     * long a silent connection is kept (heart-beats, which the widget sends every 10 s, count as traffic). Text
     * messages may be as large as the largest STOMP frame accepted, so an oversized frame reaches the STOMP decoder,
     * which answers it with an ERROR frame, instead of being cut off by the container.
     */
    private DefaultHandshakeHandler jettyHandshake() {
        JettyRequestUpgradeStrategy jetty = new JettyRequestUpgradeStrategy();
        jetty.addWebSocketConfigurer(socket -> {
            socket.setIdleTimeout(properties.idleTimeout());
            socket.setMaxTextMessageSize(2L * properties.maxFrameBytes());
        });
        return new DefaultHandshakeHandler(jetty);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        if (relay.enabled()) {
            StompBrokerRelayRegistration broker = registry.enableStompBrokerRelay("/queue", "/topic")
                    .setRelayHost(relay.host()).setRelayPort(relay.port())
                    .setClientLogin(relay.clientLogin()).setClientPasscode(relay.clientPasscode())
                    .setSystemLogin(relay.systemLogin()).setSystemPasscode(relay.systemPasscode())
                    .setUserRegistryBroadcast(USER_REGISTRY_BROADCAST)
                    .setUserDestinationBroadcast(UNRESOLVED_USER_BROADCAST);
            if (relay.virtualHost() != null && !relay.virtualHost().isBlank()) {
                broker.setVirtualHost(relay.virtualHost());
            }
        } else {
            heartbeats.setPoolSize(1);
            heartbeats.setThreadNamePrefix("stomp-heartbeat-");
            heartbeats.initialize();
            registry.enableSimpleBroker("/queue", "/topic").setHeartbeatValue(new long[] {10_000, 10_000})
                    .setTaskScheduler(heartbeats);
        }
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void destroy() {
        heartbeats.shutdown();
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        // Limits first: a connection over its address's limit is refused before a conversation is opened for it.
        registration.interceptors(rateLimits, sessionInterceptor);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(properties.maxFrameBytes());
        registration.setSendTimeLimit(15_000);
        registration.setSendBufferSizeLimit(512 * 1024);
        registration.addDecoratorFactory(rateLimits);
    }
}
