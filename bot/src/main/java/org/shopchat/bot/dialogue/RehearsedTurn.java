package org.shopchat.bot.dialogue;

import org.shopchat.bot.escalation.EscalationReason;

import java.util.List;

/**
 * What a candidate configuration decides for one stored customer message.
 *
 * @param rerun       false when the turn is not decided again (see {@code notRerun}); the other fields are then null
 * @param intent      the classifier's top intent, as a stored turn records it
 * @param act         the dialogue act, {@code HANDOVER} when the escalation rules hand the conversation over
 * @param templateId  the template the reply was said with, null for an article answer or a hand-over
 * @param articleId   the article answered with, or null
 * @param escalation  the reasons the conversation goes to a person on this turn; empty when it does not
 * @param notRerun    why the turn is taken as recorded: a person had the conversation, or a step of a flow that
 *                    would look up or store something (order checks, hand-over buttons, offline messages)
 */
public record RehearsedTurn(long seq, boolean rerun, String intent, Double confidence, String act,
                            String templateId, String articleId, List<EscalationReason> escalation,
                            String notRerun) {

    public RehearsedTurn {
        escalation = escalation == null ? List.of() : List.copyOf(escalation);
    }

    static RehearsedTurn notRerun(long seq, String why) {
        return new RehearsedTurn(seq, false, null, null, null, null, null, List.of(), why);
    }

    public boolean escalated() {
        return !escalation.isEmpty();
    }
}
