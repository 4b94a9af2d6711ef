package org.shopchat.bot.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the bot's answers are worked off, away from the thread that reads customer frames.
 *
 * @param threads    answers computed at the same time; the work is CPU and database bound, so about one per core
 * @param maxPending customer messages accepted but not yet answered, over all conversations; beyond it a message is
 *                   stored and acknowledged, and the customer is told to try again (a resend is answered then)
 * @param drainTimeout at shutdown, how long the accepted messages' answers may still take before the database
 *                     closes; what is left then is answered when the customer resends
 */
@Validated
@ConfigurationProperties("shopchat.answering")
public record AnsweringProperties(@Min(1) @Max(64) int threads, @Min(1) @Max(1_000_000) int maxPending,
                                  @NotNull Duration drainTimeout) {
}
