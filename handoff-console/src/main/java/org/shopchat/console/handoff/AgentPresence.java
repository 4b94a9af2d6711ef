package org.shopchat.console.handoff;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which agents are signed in and taking chats. Kept in memory on purpose: after a restart nobody is online until
 * they sign in again, which is the truth. Signing in makes an agent ONLINE, signing out removes them.
 */
@Component
public class AgentPresence {

    private final Map<String, Entry> agents = new ConcurrentHashMap<>();

    public void set(Agent agent, Presence presence) {
        agents.put(agent.username(), new Entry(agent, presence));
    }

    public void signedOut(String username) {
        agents.remove(username);
    }

    public Presence of(String username) {
        Entry entry = agents.get(username);
        return entry == null ? Presence.AWAY : entry.presence();
    }

    /** Agents taking chats now. */
    public Set<Agent> online() {
        return agents.values().stream().filter(e -> e.presence() == Presence.ONLINE).map(Entry::agent)
                .collect(Collectors.toUnmodifiableSet());
    }

    private record Entry(Agent agent, Presence presence) {
    }
}
