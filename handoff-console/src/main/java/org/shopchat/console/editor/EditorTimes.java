package org.shopchat.console.editor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on editor pages, in the shop's time zone (editors work in the UK), to the minute. */
final class EditorTimes {

    static final EditorTimes UK = new EditorTimes(ZoneId.of("Europe/London"));

    private final DateTimeFormatter format;

    private EditorTimes(ZoneId zone) {
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
