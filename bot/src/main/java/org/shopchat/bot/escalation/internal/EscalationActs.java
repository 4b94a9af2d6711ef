package org.shopchat.bot.escalation.internal;

/** Dialogue acts recorded in the provenance of the bot messages the escalation posts. */
public final class EscalationActs {

    public static final String HANDOVER = "HANDOVER";
    public static final String QUEUE_POSITION = "HANDOVER_POSITION";
    public static final String OFFLINE = "HANDOVER_OFFLINE";
    public static final String CANCELLED = "HANDOVER_CANCELLED";
    public static final String AGENT_JOINED = "AGENT_JOINED";
    public static final String BOT_BACK = "BOT_BACK";
    public static final String OFFLINE_TICKET = "OFFLINE_TICKET";

    private EscalationActs() {
    }
}
