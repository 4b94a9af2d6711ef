package org.shopchat.bot.chat;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.messaging.web.socket.server.CsrfTokenHandshakeInterceptor;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

import java.util.Map;

/**
 * Hands the CSRF token of a signed-in console user's HTTP session to their WebSocket session, where
 * {@link CustomerSessionInterceptor} checks it against the token in their STOMP CONNECT. Staff sessions are
 * authenticated by a cookie, which a forged page on another site would carry too; the token is what it cannot know.
 *
 * <p>Customers' handshakes are left alone: no cookie authenticates them (the conversation token in their CONNECT
 * does, and a forging page cannot know it either), and asking for a CSRF token would create an HTTP session for
 * every anonymous widget.
 */
final class StaffCsrfHandshake implements HandshakeInterceptor {

    private final CsrfTokenHandshakeInterceptor csrf = new CsrfTokenHandshakeInterceptor();

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws Exception {
        if (request.getPrincipal() == null) {
            return true;
        }
        return csrf.beforeHandshake(request, response, handler, attributes);
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
