package org.shopchat.console.handoff;

import java.util.List;
import java.util.UUID;

/**
 * The agent's side of a claimed conversation. Every method checks that the hand-over is claimed by the agent and
 * throws {@link NotYourHandoffException} otherwise. New messages and the customer's typing are pushed to the
 * agent at {@link ConsoleDestinations#CHAT}.
 */
public interface LiveChat {

    ContextPacket packet(UUID handoffId, Agent agent);

    /** The whole conversation so far, including what was said after the escalation. */
    List<ChatLine> transcript(UUID handoffId, Agent agent);

    ChatLine send(UUID handoffId, Agent agent, String text);

    /** Shows (or hides) "agent is typing" to the customer. */
    void typing(UUID handoffId, Agent agent, boolean active);
}
