package org.shopchat.bot.cluster;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param heartbeat   how often an instance tells the database it is alive
 * @param instanceTtl after how long without a heartbeat an instance counts as gone (and its agents as signed out)
 */
@Validated
@ConfigurationProperties("shopchat.cluster")
public record ClusterProperties(@NotNull Duration heartbeat, @NotNull Duration instanceTtl) {

    public ClusterProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || instanceTtl.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("shopchat.cluster: heartbeat must be positive and instance-ttl at least"
                    + " twice the heartbeat, got " + heartbeat + " and " + instanceTtl);
        }
    }
}
