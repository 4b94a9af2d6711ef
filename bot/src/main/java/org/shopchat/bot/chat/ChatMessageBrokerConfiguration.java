package org.shopchat.bot.chat;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What {@code @EnableWebSocketMessageBroker} sets up (the configurers, {@link ChatWebSocketConfiguration} among
 * them, say how), with one change: a connection closed right after a frame was queued for it sends that frame first.
 *
 * <p>Spring queues a frame for a connection that is busy sending another one, and the thread sending that other one
 * sends the queued frame next. A refused frame gets an ERROR frame and then the connection is closed (STOMP 1.2) at
 * once, on the thread that queued the ERROR; when that close won the race, the customer saw the connection drop
 * without the ERROR that says why (seen on Jetty, which takes longer to hand a sent frame back, right after
 * CONNECTED). Here the close waits, boundedly, until the frames queued before it are out.
 */
@Configuration(proxyBeanMethods = false)
class ChatMessageBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

    /** The longest a close waits for queued frames; a connection that cannot take a small frame in this is dead. */
    static final long CLOSE_FLUSH_NANOS = TimeUnit.SECONDS.toNanos(2);

    @Bean
    @Override
    public WebSocketHandler subProtocolWebSocketHandler(
            @Qualifier("clientInboundChannel") AbstractSubscribableChannel clientInboundChannel,
            @Qualifier("clientOutboundChannel") AbstractSubscribableChannel clientOutboundChannel) {
        return new SubProtocolWebSocketHandler(clientInboundChannel, clientOutboundChannel) {
            @Override
            protected WebSocketSession decorateSession(WebSocketSession session) {
                return new FlushBeforeClose(session, getSendTimeLimit(), getSendBufferSizeLimit());
            }
        };
    }

    /** Spring's decorator for concurrent sends, whose close lets the frames queued before it go out first. */
    static final class FlushBeforeClose extends ConcurrentWebSocketSessionDecorator {

        FlushBeforeClose(WebSocketSession delegate, int sendTimeLimit, int bufferSizeLimit) {
            super(delegate, sendTimeLimit, bufferSizeLimit);
        }

        @Override
        public void close(CloseStatus status) throws IOException {
            // Not when the connection is closed for being too slow: its queue is what is wrong with it.
            if (!CloseStatus.SESSION_NOT_RELIABLE.equals(status)) {
                long deadline = System.nanoTime() + CLOSE_FLUSH_NANOS;
                while (getBufferSize() > 0 && isOpen() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
                }
            }
            super.close(status);
        }
    }
}
