package org.shopchat.intents;

import java.util.List;

/** Finds typed values in a message. Implementations are immutable and safe to share between threads. */
public interface EntityExtractor {

    /** @return entities in order of their start offset, never overlapping */
    List<Entity> extract(String text);
}
