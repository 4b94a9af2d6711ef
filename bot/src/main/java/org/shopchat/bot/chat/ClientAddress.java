package org.shopchat.bot.chat;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Remembers the client address of a WebSocket handshake in the session attributes, where the STOMP interceptors
 * find it. Behind a reverse proxy, set {@code server.forward-headers-strategy} so this is the customer's address.
 */
final class ClientAddress implements HandshakeInterceptor {

    static final String ATTRIBUTE = "shopchat.clientAddress";
    static final String UNKNOWN = "unknown";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        InetSocketAddress remote = request.getRemoteAddress();
        attributes.put(ATTRIBUTE, remote == null || remote.getAddress() == null ? UNKNOWN
                : remote.getAddress().getHostAddress());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    static String of(Map<String, Object> attributes) {
        Object address = attributes == null ? null : attributes.get(ATTRIBUTE);
        return address instanceof String value ? value : UNKNOWN;
    }
}
