package org.shopchat.bot.cluster;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

/**
 * This instance in the database's registry of running instances: registered at start, a heartbeat while it runs,
 * removed at a clean stop. An instance that dies without a clean stop falls out after
 * {@code shopchat.cluster.instance-ttl}, and whatever it held (agents' presence) with it.
 */
@Component
public class RunningInstance {

    private static final Logger log = LoggerFactory.getLogger(RunningInstance.class);

    private final UUID id = UUID.randomUUID();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterProperties properties;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final ScheduledFuture<?> heartbeats;

    RunningInstance(JdbcTemplate jdbc, Clock clock, ClusterProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        Instant now = clock.instant();
        jdbc.update("insert into app_instance (id, started_at, seen_at) values (?, ?, ?)", id, Timestamp.from(now),
                Timestamp.from(now));
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("instance-heartbeat-");
        scheduler.initialize();
        heartbeats = ((TaskScheduler) scheduler).scheduleWithFixedDelay(this::beat, properties.heartbeat());
        log.info("Instance {} registered", id);
    }

    public UUID id() {
        return id;
    }

    /** Instances seen before this moment are gone. */
    Instant aliveSince() {
        return clock.instant().minus(properties.instanceTtl());
    }

    void beat() {
        try {
            Instant now = clock.instant();
            if (jdbc.update("update app_instance set seen_at = ? where id = ?", Timestamp.from(now), id) == 0) {
                // Taken for gone during a long pause (or the table was cleared): register again.
                jdbc.update("insert into app_instance (id, started_at, seen_at) values (?, ?, ?)", id,
                        Timestamp.from(now), Timestamp.from(now));
            }
            jdbc.update("delete from agent_presence where instance_id in"
                    + " (select id from app_instance where seen_at < ?)", Timestamp.from(aliveSince()));
            jdbc.update("delete from app_instance where seen_at < ?", Timestamp.from(aliveSince()));
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next beat tries again.
            log.warn("Instance heartbeat failed: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        heartbeats.cancel(false);
        scheduler.shutdown();
        try {
            jdbc.update("delete from agent_presence where instance_id = ?", id);
            jdbc.update("delete from app_instance where id = ?", id);
        } catch (RuntimeException e) {
            log.warn("Could not deregister instance {}: {}", id, e.getMessage());
        }
    }
}
