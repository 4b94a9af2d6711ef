package org.shopchat.bot.learning;

import org.junit.jupiter.api.Test;
import org.shopchat.console.learning.GapMessage;
import org.shopchat.console.learning.GapReason;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarMessagesTests {

    @Test
    void messagesAboutTheSameThingGoTogetherAndOthersStayApart() {
        List<List<GapMessage>> groups = SimilarMessages.group(List.of(message("where is my order", 6),
                message("can you gift wrap my order please", 5), message("hello?", 4),
                message("do you offer gift wrapping?", 3), message("what is the weather in Paris", 2),
                message("Is GIFT WRAPPING available for presents", 1)));

        assertThat(groups).extracting(g -> g.stream().map(GapMessage::text).toList()).containsExactly(
                List.of("where is my order"),
                List.of("can you gift wrap my order please", "do you offer gift wrapping?",
                        "Is GIFT WRAPPING available for presents"),
                List.of("hello?"),
                List.of("what is the weather in Paris"));
    }

    @Test
    void nothingToGroupGivesNoGroups() {
        assertThat(SimilarMessages.group(List.of())).isEmpty();
    }

    @Test
    void theShareOfWordsIsTakenFromTheLongerMessage() {
        assertThat(SimilarMessages.shared(Set.of("gift", "wrap", "order"), Set.of("order"))).isEqualTo(1.0 / 3);
        assertThat(SimilarMessages.shared(Set.of(), Set.of("order"))).isZero();
    }

    private static GapMessage message(String text, int minute) {
        return new GapMessage(UUID.randomUUID(), 1, text, Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute),
                Set.of(GapReason.NOT_FOUND));
    }
}
