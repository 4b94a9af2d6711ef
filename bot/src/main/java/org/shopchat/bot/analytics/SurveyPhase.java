package org.shopchat.bot.analytics;

/** Which part of a conversation a survey asks about. */
enum SurveyPhase {
    /** A conversation the bot handled alone, at its end. */
    BOT,
    /** One hand-over, after the agent resolved it. */
    AGENT
}
