package org.shopchat.console.replay;

import java.util.Objects;

/**
 * The configuration a replay decides with. Every threshold is given (the form starts from the configured ones, see
 * {@link Replays#configured()}).
 *
 * @param minConfidence            dialogue: below this top-intent confidence a message is not understood
 * @param clarifyMargin            dialogue: two best intents closer than this make the bot ask which is meant
 * @param offerHumanAfterFailures  dialogue: failed turns after which a person is offered
 * @param escalationMinConfidence  escalation: an intent counts for a trigger from this confidence on
 * @param failuresBeforeEscalation escalation: failed turns that hand the conversation over
 * @param sentimentTrendThreshold  escalation: a mean sentiment below this over the recent turns hands over
 * @param content                  published articles, or with the latest drafts
 * @param model                    {@link Replays#CURRENT_MODEL}, or one of {@link Replays#models()}
 */
public record ReplayCandidate(double minConfidence, double clarifyMargin, int offerHumanAfterFailures,
                              double escalationMinConfidence, int failuresBeforeEscalation,
                              double sentimentTrendThreshold, ContentSource content, String model) {

    public ReplayCandidate {
        between("minConfidence", minConfidence, 0, 1);
        between("clarifyMargin", clarifyMargin, 0, 1);
        between("escalationMinConfidence", escalationMinConfidence, 0, 1);
        between("sentimentTrendThreshold", sentimentTrendThreshold, -1, 1);
        if (offerHumanAfterFailures < 1 || offerHumanAfterFailures > ReplayForm.MAX_FAILURES
                || failuresBeforeEscalation < 1 || failuresBeforeEscalation > ReplayForm.MAX_FAILURES) {
            throw new IllegalArgumentException("failure counts are 1 to " + ReplayForm.MAX_FAILURES);
        }
        Objects.requireNonNull(content, "content");
        model = model == null || model.isBlank() ? Replays.CURRENT_MODEL : model.strip();
    }

    private static void between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " is " + min + " to " + max);
        }
    }
}
