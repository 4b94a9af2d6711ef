package org.shopchat.bot.dialogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Thresholds of the dialogue policy.
 *
 * @param minConfidence          below this top-intent confidence a message counts as not understood
 * @param clarifyMargin          when the two best intents are closer than this, the bot asks which one is meant
 * @param offerHumanAfterFailures consecutive not-understood or unhelpful turns after which a person is offered
 */
@Validated
@ConfigurationProperties("shopchat.dialogue")
public record DialogueProperties(
        @DecimalMin("0.0") @DecimalMax("1.0") double minConfidence,
        @DecimalMin("0.0") @DecimalMax("1.0") double clarifyMargin,
        @Min(1) int offerHumanAfterFailures) {
}
