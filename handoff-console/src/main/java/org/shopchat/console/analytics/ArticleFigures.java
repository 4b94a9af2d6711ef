package org.shopchat.console.analytics;

/** "Did this help?" answers on one article, and the bot surveys of conversations it last answered. */
public record ArticleFigures(String articleId, long helpful, long unhelpful, Double helpfulRate, long surveys,
                             Double csat) {
}
