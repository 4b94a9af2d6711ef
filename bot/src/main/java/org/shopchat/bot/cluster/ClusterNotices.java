package org.shopchat.bot.cluster;

import jakarta.annotation.PreDestroy;
import org.shopchat.bot.chat.BrokerRelayProperties;
import org.shopchat.bot.knowledge.ArticleArchived;
import org.shopchat.bot.learning.IntentModelActivated;
import org.shopchat.bot.knowledge.ArticlePublished;
import org.shopchat.bot.persona.PersonaPublished;
import org.shopchat.bot.persona.TemplatePublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.ConnectionLostException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.stomp.ReactorNettyTcpStompClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps every instance's in-memory state in step when scaled out: a change made on one instance (an article
 * published or archived, a response template or the persona published) is sent to the others over the STOMP broker, and each replays it as a local event, so its
 * own listeners (the Lucene index) refresh exactly as on the instance where it happened.
 *
 * <p>Uses its own STOMP connection to the broker (Spring's TCP STOMP client), reconnecting with back-off when the
 * broker goes away. Notices from this instance itself are ignored, and a replayed event is not sent on again.
 */
@Component
@ConditionalOnBooleanProperty("shopchat.chat.relay.enabled")
class ClusterNotices {

    static final String TOPIC = "/topic/shopchat.cluster";
    private static final Logger log = LoggerFactory.getLogger(ClusterNotices.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final ThreadLocal<Boolean> REPLAYING = ThreadLocal.withInitial(() -> false);

    private final RunningInstance instance;
    private final ApplicationEventPublisher events;
    private final BrokerRelayProperties relay;
    private final ReactorNettyTcpStompClient client;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final AtomicReference<StompSession> session = new AtomicReference<>();
    private volatile boolean stopping;
    private volatile Duration backoff = Duration.ofSeconds(1);

    ClusterNotices(RunningInstance instance, ApplicationEventPublisher events, BrokerRelayProperties relay) {
        this.instance = instance;
        this.events = events;
        this.relay = relay;
        this.client = new ReactorNettyTcpStompClient(relay.host(), relay.port());
        client.setMessageConverter(new JacksonJsonMessageConverter());
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("cluster-notices-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {10_000, 10_000});
    }

    @EventListener(ContextRefreshedEvent.class)
    void connect() {
        if (stopping || session.get() != null) {
            return;
        }
        StompHeaders connect = new StompHeaders();
        connect.setLogin(relay.systemLogin());
        connect.setPasscode(relay.systemPasscode());
        if (relay.virtualHost() != null && !relay.virtualHost().isBlank()) {
            connect.setHost(relay.virtualHost());
        }
        client.connectAsync(connect, new Handler()).whenComplete((connected, failure) -> {
            if (failure != null) {
                retryLater(failure);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished published) {
        send(new ClusterNotice(instance.id(), ClusterNotice.Kind.ARTICLE_PUBLISHED, published.articleId(),
                published.revision()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleArchived archived) {
        send(new ClusterNotice(instance.id(), ClusterNotice.Kind.ARTICLE_ARCHIVED, archived.articleId(), 0));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TemplatePublished published) {
        send(new ClusterNotice(instance.id(), ClusterNotice.Kind.TEMPLATE_PUBLISHED, published.templateId(),
                published.revision()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonaPublished published) {
        send(new ClusterNotice(instance.id(), ClusterNotice.Kind.PERSONA_PUBLISHED, "persona", published.revision()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IntentModelActivated activated) {
        send(new ClusterNotice(instance.id(), ClusterNotice.Kind.INTENT_MODEL_ACTIVATED, "intent-model",
                activated.version()));
    }

    private void send(ClusterNotice notice) {
        if (REPLAYING.get()) {
            return;
        }
        StompSession current = session.get();
        if (current == null || !current.isConnected()) {
            // Other instances catch up when they restart or reconnect (they rebuild from the database then).
            log.debug("Broker not connected: other instances were not told of {} {}", notice.kind(), notice.subject());
            return;
        }
        current.send(TOPIC, notice);
    }

    private void replay(ClusterNotice notice) {
        if (notice.origin().equals(instance.id())) {
            return;
        }
        REPLAYING.set(true);
        try {
            switch (notice.kind()) {
                case ARTICLE_PUBLISHED -> events.publishEvent(new ArticlePublished(notice.subject(), notice.revision()));
                case ARTICLE_ARCHIVED -> events.publishEvent(new ArticleArchived(notice.subject()));
                case TEMPLATE_PUBLISHED ->
                        events.publishEvent(new TemplatePublished(notice.subject(), notice.revision()));
                case PERSONA_PUBLISHED -> events.publishEvent(new PersonaPublished(notice.revision()));
                case INTENT_MODEL_ACTIVATED -> events.publishEvent(new IntentModelActivated(notice.revision()));
            }
            log.info("Applied {} {} from instance {}", notice.kind(), notice.subject(), notice.origin());
        } catch (RuntimeException e) {
            log.warn("Could not apply {} {} from instance {}: {}", notice.kind(), notice.subject(), notice.origin(),
                    e.getMessage());
        } finally {
            REPLAYING.remove();
        }
    }

    private void retryLater(Throwable failure) {
        session.set(null);
        if (stopping) {
            return;
        }
        Duration wait = backoff;
        backoff = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
        log.warn("Cluster notices: broker connection failed ({}); retrying in {} s", failure.getMessage(),
                wait.toSeconds());
        scheduler.schedule(this::connect, Instant.now().plus(wait));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        StompSession current = session.getAndSet(null);
        if (current != null && current.isConnected()) {
            current.disconnect();
        }
        client.shutdown();
        scheduler.shutdown();
    }

    private final class Handler extends StompSessionHandlerAdapter {

        @Override
        public void afterConnected(StompSession connected, StompHeaders headers) {
            session.set(connected);
            backoff = Duration.ofSeconds(1);
            connected.subscribe(TOPIC, this);
            log.info("Cluster notices: subscribed to {} on {}:{}", TOPIC, relay.host(), relay.port());
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return ClusterNotice.class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            if (payload instanceof ClusterNotice notice) {
                replay(notice);
            }
        }

        @Override
        public void handleException(StompSession failed, StompCommand command, StompHeaders headers, byte[] payload,
                                    Throwable exception) {
            log.warn("Cluster notices: could not handle a {} frame: {}", command, exception.getMessage());
        }

        @Override
        public void handleTransportError(StompSession failed, Throwable exception) {
            if (exception instanceof ConnectionLostException || !failed.isConnected()) {
                retryLater(exception);
            }
        }
    }
}
