package org.shopchat.bot.chat;

/**
 * Payload of {@code /app/chat.survey}: a rating of 1..5 with an optional comment, or {@code skip: true}.
 * {@code rating} is read as any JSON value so that a string or fraction gets its own clear error.
 */
record SurveyRequest(String surveyId, Object rating, String comment, Boolean skip) {
}
