package org.shopchat.bot.cluster;

import java.util.Objects;
import java.util.UUID;

/**
 * What one instance tells the others through the broker: that something their in-memory state is built from changed
 * in the database. {@code subject} names the thing (an article or template id, "persona", or "intent-model"),
 * {@code revision} its new revision where it has one (for an activated intent model: its version).
 */
record ClusterNotice(UUID origin, Kind kind, String subject, int revision) {

    enum Kind {
        ARTICLE_PUBLISHED, ARTICLE_ARCHIVED, TEMPLATE_PUBLISHED, PERSONA_PUBLISHED, INTENT_MODEL_ACTIVATED
    }

    ClusterNotice {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }
}
