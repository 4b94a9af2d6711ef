package org.shopchat.console.analytics;

/** How the dashboard's periods are cut: by calendar day, ISO week (Monday first) or calendar month. */
public enum Granularity {
    DAY, WEEK, MONTH
}
