package org.shopchat.bot.escalation;

import java.util.Locale;

/** Why a conversation goes to a person; recorded with the hand-over. Being a VIP is a priority, not a reason. */
public enum EscalationReason {
    CUSTOMER_ASKED, REPEATED_FAILURE, NEGATIVE_EMOTION, SENSITIVE_TOPIC;

    /** Lower-case words for the agent's summary line ("customer asked"). */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
