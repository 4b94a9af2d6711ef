/**
 * Satisfaction surveys and the analytics dashboard: offers a survey at the end of a bot-only conversation and after
 * an agent resolves, stores the answers, and computes the dashboard's figures from the stored conversations (turns,
 * messages, hand-overs, article feedback, offline tickets, surveys). Implements the chat's survey port and the
 * console's analytics port; changes nothing it reads. Definitions: docs/metrics.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.shopchat.bot.analytics;
