package org.shopchat.console.handoff;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ready-made reply editors keep for agents, who insert it into their message and may adapt it before sending.
 *
 * @param title     what agents pick it by, unique, e.g. "Refund timing"
 * @param updatedBy login name of the editor who last changed it
 */
public record CannedResponse(UUID id, String title, String text, String updatedBy, Instant updatedAt) {

    public CannedResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
