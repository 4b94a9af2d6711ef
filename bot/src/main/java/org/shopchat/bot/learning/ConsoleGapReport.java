package org.shopchat.bot.learning;

import org.shopchat.console.learning.GapGroup;
import org.shopchat.console.learning.GapMessage;
import org.shopchat.console.learning.GapReason;
import org.shopchat.console.learning.GapReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The console's gaps report, from the stored conversations. */
@Service
class ConsoleGapReport implements GapReport {

    static final int EXAMPLES = 5;

    private final StoredGaps stored;

    ConsoleGapReport(StoredGaps stored) {
        this.stored = stored;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GapGroup> groups(Instant since, int maxGroups) {
        return SimilarMessages.group(stored.since(since)).stream().limit(maxGroups).map(ConsoleGapReport::toGroup)
                .toList();
    }

    private static GapGroup toGroup(List<GapMessage> messages) {
        Map<GapReason, Integer> reasons = new EnumMap<>(GapReason.class);
        messages.forEach(m -> m.reasons().forEach(r -> reasons.merge(r, 1, Integer::sum)));
        return new GapGroup(messages.size(), reasons, messages.getFirst().sentAt(),
                messages.subList(0, Math.min(EXAMPLES, messages.size())));
    }
}
