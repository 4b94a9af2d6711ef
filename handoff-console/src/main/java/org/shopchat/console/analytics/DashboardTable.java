package org.shopchat.console.analytics;

import java.util.Arrays;
import java.util.Optional;

/** The dashboard's tables, each also a CSV file at /console/analytics/{name}.csv. */
enum DashboardTable {
    PERIODS("periods"), REASONS("escalation-reasons"), SURVEYS("surveys"), ARTICLES("articles"),
    INTENTS("intents"), AGENTS("agents");

    private final String path;

    DashboardTable(String path) {
        this.path = path;
    }

    static Optional<DashboardTable> named(String name) {
        return Arrays.stream(values()).filter(t -> t.path.equals(name)).findFirst();
    }

    String path() {
        return path;
    }

    String fileName(AnalyticsQuery query) {
        return "shopchat-" + path + "-" + query.from() + "-" + query.to() + ".csv";
    }
}
