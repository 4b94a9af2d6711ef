package org.shopchat.bot.escalation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * When a conversation goes to a person, how the queue orders waiting customers, and when the team is there.
 *
 * @param askForPersonIntents        intents that mean "let me talk to a person"
 * @param askForPersonKeywords       phrases that mean the same, matched as whole words, case-insensitively
 * @param minIntentConfidence        an intent counts for a trigger only from this confidence on
 * @param failuresBeforeEscalation   consecutive not-understood or unhelpful turns that escalate
 * @param sentimentTrendTurns        how many recent turns the sentiment trend averages over
 * @param sentimentTrendThreshold    a mean sentiment below this over those turns escalates
 * @param sensitiveIntents           topics a person should handle (complaints, payment disputes, account deletion)
 * @param sensitiveCues              distress cues that make any topic sensitive (legal threats)
 * @param vipHeadStart               how much earlier than their arrival a VIP is served; bounded, so others still age ahead
 * @param distressHeadStart          the same for a distressed customer
 * @param maxChatsPerAgent           concurrent chats one agent may hold
 * @param defaultHandleTime          assumed handle time while there is no history
 * @param handleTimeSample           how many recent hand-overs the handle time is averaged over
 * @param positionUpdateInterval     a waiting customer whose place has not changed hears it again after this long
 * @param hours                      when the team works
 */
@Validated
@ConfigurationProperties("shopchat.escalation")
public record EscalationProperties(
        @NotNull List<String> askForPersonIntents,
        @NotNull List<String> askForPersonKeywords,
        @DecimalMin("0.0") @DecimalMax("1.0") double minIntentConfidence,
        @Min(1) int failuresBeforeEscalation,
        @Min(1) int sentimentTrendTurns,
        @DecimalMin("-1.0") @DecimalMax("1.0") double sentimentTrendThreshold,
        @NotNull List<String> sensitiveIntents,
        @NotNull List<String> sensitiveCues,
        @NotNull Duration vipHeadStart,
        @NotNull Duration distressHeadStart,
        @Min(1) int maxChatsPerAgent,
        @NotNull Duration defaultHandleTime,
        @Min(1) int handleTimeSample,
        @NotNull Duration positionUpdateInterval,
        @NotNull @Valid Hours hours) {

    /**
     * @param zone              the shop's time zone
     * @param openingHoursText  how the hours are told to customers, e.g. "Mon–Fri 08:00–20:00, Sat 09:00–17:00 UK time"
     * @param weekly            opening hours per day as "HH:mm-HH:mm"; days not listed are closed
     * @param closedDates       bank holidays and other closed days
     */
    public record Hours(@NotNull ZoneId zone, @NotBlank String openingHoursText,
                        @NotNull Map<DayOfWeek, String> weekly, @NotNull List<LocalDate> closedDates) {
    }
}
