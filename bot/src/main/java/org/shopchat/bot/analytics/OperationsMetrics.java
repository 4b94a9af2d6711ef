package org.shopchat.bot.analytics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.shopchat.bot.conversation.MessagePosted;
import org.shopchat.bot.conversation.Sender;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Operational meters on /actuator/prometheus (docs/metrics.md, "Operations"): conversations with a customer connected
 * to this instance, customers waiting for a person, and stored messages by sender (a counter; Prometheus's
 * {@code rate()} gives messages per second). The timers of classification and search are where those happen
 * (dialogue, knowledge). Gauges are read when scraped, never on the chat's path.
 */
@Component
class OperationsMetrics {

    // Customer STOMP sessions are named by their conversation id; console users by their login name.
    private static final Pattern CONVERSATION_ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<Sender, Counter> messages = new EnumMap<>(Sender.class);

    OperationsMetrics(MeterRegistry meters, SimpUserRegistry users, JdbcTemplate jdbc) {
        Gauge.builder("shopchat.conversations.active", users, OperationsMetrics::connectedConversations)
                .description("Conversations with at least one customer connection open on this instance")
                .register(meters);
        Gauge.builder("shopchat.queue.length", jdbc, OperationsMetrics::waiting)
                .description("Customers waiting in the queue for a person (all instances)").register(meters);
        for (Sender sender : Sender.values()) {
            messages.put(sender, Counter.builder("shopchat.messages").tag("sender", sender.name())
                    .description("Messages stored, by sender").register(meters));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessagePosted posted) {
        messages.get(posted.message().sender()).increment();
    }

    private static double connectedConversations(SimpUserRegistry users) {
        return users.getUsers().stream().filter(u -> CONVERSATION_ID.matcher(u.getName()).matches()).count();
    }

    private static double waiting(JdbcTemplate jdbc) {
        Long waiting = jdbc.queryForObject("select count(*) from handoff where status = 'WAITING'", Long.class);
        return waiting == null ? 0 : waiting;
    }
}
