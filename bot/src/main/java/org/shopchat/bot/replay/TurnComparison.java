package org.shopchat.bot.replay;

import org.shopchat.bot.dialogue.DialogueRehearsal;
import org.shopchat.bot.dialogue.RehearsedTurn;
import org.shopchat.bot.escalation.Escalation;
import org.shopchat.console.replay.TurnDifference;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What changed between a recorded turn and the candidate's decision for it. */
final class TurnComparison {

    private TurnComparison() {
    }

    /** The difference, or empty when the candidate decides as recorded. Both turns must be decided. */
    static Optional<TurnDifference> compare(UUID conversationId, StoredTurn recorded, RehearsedTurn replayed) {
        Set<TurnDifference.Change> changes = EnumSet.noneOf(TurnDifference.Change.class);
        if (!Objects.equals(recorded.intent(), replayed.intent())) {
            changes.add(TurnDifference.Change.INTENT);
        }
        boolean wasEscalated = Escalation.HANDOVER_ACTS.contains(recorded.act());
        if (!wasEscalated && replayed.escalated()) {
            changes.add(TurnDifference.Change.ESCALATION_GAINED);
        } else if (wasEscalated && !replayed.escalated()) {
            changes.add(TurnDifference.Change.ESCALATION_LOST);
        }
        String before = answer(recorded.act(), recorded.templateId(), recorded.articleId());
        String after = answer(replayed.act(), replayed.templateId(), replayed.articleId());
        if (!before.equals(after)) {
            changes.add(TurnDifference.Change.ANSWER);
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TurnDifference(conversationId, recorded.seq(), recorded.text(), changes,
                recorded.intent(), replayed.intent(), recorded.act(), replayed.act(), before, after));
    }

    /**
     * What answered a turn, in terms both sides share: a hand-over and an order flow by their act (their wording
     * depends on the queue and on order checks a replay does not make), else the article or the template.
     */
    static String answer(String act, String templateId, String articleId) {
        if (Escalation.HANDOVER_ACTS.contains(act)) {
            return "hand-over";
        }
        if (DialogueRehearsal.ORDER_ACTS.contains(act)) {
            return "order flow: " + act;
        }
        if (articleId != null) {
            return "article:" + articleId;
        }
        if (templateId != null) {
            return "template:" + templateId;
        }
        return "act:" + act;
    }
}
