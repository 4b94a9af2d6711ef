package org.shopchat.bot.dialogue;

import org.shopchat.bot.escalation.EscalationProperties;
import org.shopchat.bot.knowledge.ArticleSearch;
import org.shopchat.intents.Nlu;

import java.util.Objects;

/**
 * A configuration to decide turns with in a replay: the intent model (with entities and sentiment), the dialogue's
 * thresholds, the articles answered from, and the escalation rules.
 */
public record DialogueCandidate(Nlu nlu, DialogueProperties thresholds, ArticleSearch knowledge,
                                EscalationProperties escalation) {

    public DialogueCandidate {
        Objects.requireNonNull(nlu, "nlu");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(escalation, "escalation");
    }
}
