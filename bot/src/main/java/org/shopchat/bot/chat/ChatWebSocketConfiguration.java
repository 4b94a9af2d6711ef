package org.shopchat.bot.chat;

import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/** STOMP over WebSocket at {@code /ws} with the in-memory broker; see docs/protocol.md. */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws";

    private final ChatProperties properties;
    private final CustomerSessionInterceptor sessionInterceptor;
    private final ChatRateLimits rateLimits;

    ChatWebSocketConfiguration(ChatProperties properties, CustomerSessionInterceptor sessionInterceptor,
                               ChatRateLimits rateLimits) {
        this.properties = properties;
        this.sessionInterceptor = sessionInterceptor;
        this.rateLimits = rateLimits;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(ENDPOINT).setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .addInterceptors(new ClientAddress());
        // A customer's messages must be handled in the order they were typed, not in thread-pool order.
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
        registry.enableSimpleBroker("/queue", "/topic").setHeartbeatValue(new long[] {10_000, 10_000})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
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
