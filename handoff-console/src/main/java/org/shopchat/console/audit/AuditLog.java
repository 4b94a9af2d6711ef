package org.shopchat.console.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The audit log in table {@code audit_event} (Flyway V14 of the bot). Entries are only ever added. */
@Service
public class AuditLog {

    static final int ACTOR_CHARS = 40;
    static final int ACTION_CHARS = 200;
    static final int OUTCOME_CHARS = 20;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public void record(String actor, String action, String outcome) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, outcome) values (?, ?, ?, ?)",
                Timestamp.from(clock.instant()), fit(actor, ACTOR_CHARS), fit(action, ACTION_CHARS),
                fit(outcome, OUTCOME_CHARS));
    }

    /** The newest entries first. */
    public List<AuditEntry> newest(int limit) {
        return jdbc.query("select id, occurred_at, actor, action, outcome from audit_event order by id desc "
                        + "fetch first " + Math.max(1, Math.min(limit, 1_000)) + " rows only",
                (rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    // Whatever a request or a sign-in form carried is cut to the column, and control characters are shown, not kept.
    private static String fit(String value, int max) {
        String text = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
