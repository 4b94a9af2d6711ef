package org.shopchat.console.analytics;

import java.util.Locale;

/** How the dashboard page writes figures: shares as percentages, seconds as "1m 05s", a dash for "no data". */
public final class FigureFormat {

    static final String NONE = "–";

    public String percent(Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public String seconds(Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }

    public String rating(Double average) {
        return average == null ? NONE : String.format(Locale.ROOT, "%.2f", average);
    }
}
