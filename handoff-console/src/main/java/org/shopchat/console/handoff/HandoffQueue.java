package org.shopchat.console.handoff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customers waiting for a person and the chats agents have taken: implemented by the application that owns
 * the conversations. Changes are pushed to {@link ConsoleDestinations#QUEUE} as they happen.
 */
public interface HandoffQueue {

    /** Waiting customers, next to be served first. */
    List<WaitingHandoff> waiting();

    /** The hand-overs the agent is handling now. */
    List<ActiveHandoff> claimedBy(String username);

    Optional<ActiveHandoff> active(UUID handoffId);

    /**
     * Takes a waiting customer. Atomic: of any number of agents claiming the same hand-over at once, exactly one
     * gets {@link ClaimResult.Claimed}; the customer is told the agent joined.
     */
    ClaimResult claim(UUID handoffId, Agent agent);

    /** Ends the agent's chat with an outcome; the bot takes over again, briefing the customer with {@code note}. */
    void resolve(UUID handoffId, Agent agent, Resolution resolution, String note);

    /** Puts the customer back into the queue, keeping their place by original waiting time. */
    void releaseToQueue(UUID handoffId, Agent agent);

    /**
     * Hands the chat to another agent.
     *
     * @return false when the other agent is at their limit of concurrent chats
     */
    boolean transfer(UUID handoffId, Agent from, Agent to);
}
