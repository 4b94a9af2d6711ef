package org.shopchat.console.handoff;

import java.util.Set;

/**
 * Which agents are signed in and taking chats. Signing in makes an agent ONLINE, signing out removes them. The
 * application implements it so that every instance sees the same agents (an agent signed in on one instance counts
 * on all), and an agent whose instance stopped no longer counts: their session ended with it.
 */
public interface AgentPresence {

    void set(Agent agent, Presence presence);

    void signedOut(String username);

    /** AWAY for agents who are not signed in. */
    Presence of(String username);

    /** Agents taking chats now. */
    Set<Agent> online();
}
