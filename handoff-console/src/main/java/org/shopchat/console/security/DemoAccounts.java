package org.shopchat.console.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Demo accounts for trying the console, created once when {@code shopchat.console.demo-accounts=true} and printed
 * at every start so whoever runs the demo can sign in. Their passwords are public: never enable this in production.
 */
@Component
@ConditionalOnBooleanProperty("shopchat.console.demo-accounts")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String username, String displayName, String password, Set<ConsoleRole> roles) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("agent1", "Priya", "agent1-demo", Set.of(ConsoleRole.AGENT)),
            new Demo("agent2", "Tom", "agent2-demo", Set.of(ConsoleRole.AGENT)),
            new Demo("editor", "Elena", "editor-demo", Set.of(ConsoleRole.EDITOR)),
            new Demo("admin", "Ade", "admin-demo", Set.of(ConsoleRole.ADMIN, ConsoleRole.AGENT, ConsoleRole.EDITOR)));

    private final ConsoleAccounts accounts;

    DemoAccounts(ConsoleAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Demo demo : ACCOUNTS) {
            if (!accounts.exists(demo.username())) {
                // The password must be >= 10 characters; "agent1-demo" etc. are 11.
                accounts.create(demo.username(), demo.displayName(), demo.password(), demo.roles());
            }
            log.info("Demo console account: {} / {} ({})", demo.username(), demo.password(), demo.roles());
        }
        log.info("Console: sign in at /login (demo accounts above; disable with shopchat.console.demo-accounts=false)");
    }
}
