package org.shopchat.bot.cluster;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.AgentPresence;
import org.shopchat.console.handoff.Presence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence shared through the database: agents count while the instance holding their session is alive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedAgentPresenceTests {

    static final Agent ASHA = new Agent("asha", "Asha");

    @Autowired
    AgentPresence presence;
    @Autowired
    RunningInstance instance;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nobodySignedIn() {
        jdbc.update("delete from agent_presence");
    }

    @Test
    void anAgentSignedInHereIsOnlineUntilSigningOutOrGoingAway() {
        presence.set(ASHA, Presence.ONLINE);
        assertThat(presence.online()).containsExactly(ASHA);
        assertThat(presence.of("asha")).isEqualTo(Presence.ONLINE);

        presence.set(ASHA, Presence.AWAY);
        assertThat(presence.online()).isEmpty();
        assertThat(presence.of("asha")).isEqualTo(Presence.AWAY);

        presence.set(ASHA, Presence.ONLINE);
        presence.signedOut("asha");
        assertThat(presence.online()).isEmpty();
        assertThat(presence.of("nobody-of-that-name")).isEqualTo(Presence.AWAY);
    }

    @Test
    void agentsOfAnInstanceThatStoppedBeatingNoLongerCountAndAreClearedAway() {
        UUID gone = UUID.randomUUID();
        Timestamp longAgo = Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES));
        jdbc.update("insert into app_instance (id, started_at, seen_at) values (?, ?, ?)", gone, longAgo, longAgo);
        jdbc.update("insert into agent_presence (username, display_name, presence, instance_id, updated_at)"
                + " values ('ghost', 'Ghost', 'ONLINE', ?, ?)", gone, longAgo);
        presence.set(ASHA, Presence.ONLINE);

        assertThat(presence.online()).containsExactly(ASHA);
        assertThat(presence.of("ghost")).isEqualTo(Presence.AWAY);

        instance.beat();
        assertThat(jdbc.queryForObject("select count(*) from app_instance where id = ?", Integer.class, gone)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from agent_presence where username = 'ghost'", Integer.class))
                .isZero();
    }

    @Test
    void anInstanceTakenForGoneRegistersAgainOnItsNextBeat() {
        jdbc.update("delete from app_instance where id = ?", instance.id());
        instance.beat();
        assertThat(jdbc.queryForObject("select count(*) from app_instance where id = ?", Integer.class, instance.id()))
                .isEqualTo(1);
    }
}
