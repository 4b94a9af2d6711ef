package org.shopchat.bot.escalation;

import org.springframework.jdbc.core.JdbcTemplate;

/** Shared by the escalation tests that run in one application context. */
final class EscalationTestSupport {

    private EscalationTestSupport() {
    }

    /** Every test starts with nobody waiting and nobody in a chat, whatever earlier tests left behind. */
    static void emptyQueue(JdbcTemplate jdbc) {
        jdbc.update("update handoff set status = 'CANCELLED' where status in ('WAITING', 'CLAIMED')");
    }
}
