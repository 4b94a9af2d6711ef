package org.shopchat.console.replay;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Which stored conversations a replay takes; never more than {@link Replays#MAX_CONVERSATIONS}. */
public sealed interface ConversationSelection {

    /** The newest {@code count} conversations that have customer messages. */
    record Latest(int count) implements ConversationSelection {
        public Latest {
            Replays.checkCount(count);
        }
    }

    /**
     * Conversations started in [{@code from}, {@code to}), the newest first when there are more than {@code max}.
     */
    record Period(Instant from, Instant to, int max) implements ConversationSelection {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a period ends after it starts");
            }
            Replays.checkCount(max);
        }
    }

    /** These conversations (unknown ids are left out of the report and counted). */
    record Listed(List<UUID> ids) implements ConversationSelection {
        public Listed {
            ids = List.copyOf(ids);
            Replays.checkCount(ids.size());
        }
    }
}
