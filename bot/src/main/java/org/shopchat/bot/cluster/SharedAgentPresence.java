package org.shopchat.bot.cluster;

import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.Presence;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agent presence in the database, so every instance sees the agents signed in on any of them. Each entry names the
 * instance that holds the agent's session; entries of instances that are gone do not count.
 */
@Component
class SharedAgentPresence implements AgentPresence {

    private final JdbcTemplate jdbc;
    private final RunningInstance instance;
    private final Clock clock;

    SharedAgentPresence(JdbcTemplate jdbc, RunningInstance instance, Clock clock) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void set(Agent agent, Presence presence) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update agent_presence set display_name = ?, presence = ?, instance_id = ?,"
                + " updated_at = ? where username = ?", agent.displayName(), presence.name(), instance.id(), now,
                agent.username());
        if (updated == 0) {
            try {
                jdbc.update("insert into agent_presence (username, display_name, presence, instance_id, updated_at)"
                        + " values (?, ?, ?, ?, ?)", agent.username(), agent.displayName(), presence.name(),
                        instance.id(), now);
            } catch (DuplicateKeyException signedInElsewhereAtTheSameMoment) {
                jdbc.update("update agent_presence set display_name = ?, presence = ?, instance_id = ?,"
                        + " updated_at = ? where username = ?", agent.displayName(), presence.name(), instance.id(),
                        now, agent.username());
            }
        }
    }

    @Override
    public void signedOut(String username) {
        jdbc.update("delete from agent_presence where username = ?", username);
    }

    @Override
    public Presence of(String username) {
        List<String> found = jdbc.queryForList("select p.presence from agent_presence p join app_instance i"
                + " on i.id = p.instance_id where p.username = ? and i.seen_at >= ?", String.class, username,
                Timestamp.from(instance.aliveSince()));
        return found.isEmpty() ? Presence.AWAY : Presence.valueOf(found.getFirst());
    }

    @Override
    public Set<Agent> online() {
        return jdbc.query("select p.username, p.display_name from agent_presence p join app_instance i"
                        + " on i.id = p.instance_id where p.presence = 'ONLINE' and i.seen_at >= ?",
                (row, n) -> new Agent(row.getString(1), row.getString(2)), Timestamp.from(instance.aliveSince()))
                .stream().collect(Collectors.toUnmodifiableSet());
    }
}
