package org.shopchat.bot.analytics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * Surveys and dashboard.
 *
 * @param zone                     the time zone whose calendar days, weeks and months the dashboard counts in
 * @param surveyCommentMaxChars    longest survey comment accepted, in characters
 * @param maxConversations         most conversations one dashboard query reads (newest kept), to bound its cost
 */
@Validated
@ConfigurationProperties("shopchat.analytics")
public record AnalyticsProperties(@NotNull ZoneId zone, @Min(0) @Max(2000) int surveyCommentMaxChars,
                                  @Min(100) int maxConversations) {
}
