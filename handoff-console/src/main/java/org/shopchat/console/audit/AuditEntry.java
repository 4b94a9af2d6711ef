package org.shopchat.console.audit;

import java.time.Instant;

/**
 * One recorded staff action.
 *
 * @param actor   the console username, or what was typed as one for a failed sign-in
 * @param action  what was done: {@code POST /console/handoffs/{id}/claim}, {@code sign-in}, ...
 * @param outcome the HTTP status of the request, or {@code ok}/{@code refused} for sign-ins
 */
public record AuditEntry(long id, Instant at, String actor, String action, String outcome) {
}
