package org.shopchat.bot.escalation.internal;

import org.shopchat.bot.escalation.EscalationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.time.Duration;

/**
 * Runs the timed queue updates. The timer only looks for customers who are due; each one hears from the queue at
 * most once per interval, so the timer ticks a quarter interval apart to keep the delay past due small.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class QueueReminderSchedule implements SchedulingConfigurer {

    private final QueueUpdates updates;
    private final Duration interval;

    QueueReminderSchedule(QueueUpdates updates, EscalationProperties properties) {
        this.updates = updates;
        this.interval = properties.positionUpdateInterval();
        if (interval.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("shopchat.escalation.position-update-interval: at least 10s, got " + interval);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration tick = interval.dividedBy(4);
        registrar.addFixedDelayTask(new FixedDelayTask(updates::remindWaitingCustomers, tick, tick));
    }
}
