package org.shopchat.console.analytics;

/** The figures of the analytics dashboard, computed from the stored conversations. The application implements it. */
public interface AnalyticsReport {

    Dashboard dashboard(AnalyticsQuery query);
}
