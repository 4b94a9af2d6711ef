package org.shopchat.intents;

import java.util.List;
import java.util.Objects;

/** Everything the NLU found in one customer message. */
public record Understanding(String text, Classification classification, List<Entity> entities, Sentiment sentiment) {

    public Understanding {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(sentiment, "sentiment must not be null");
        entities = List.copyOf(entities);
    }

    /** Entities of one type, for example {@code entitiesOf(OrderNumber.class)}. */
    public <T extends Entity> List<T> entitiesOf(Class<T> type) {
        return entities.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
