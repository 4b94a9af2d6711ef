package org.shopchat.console.security;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10, ADMIN manages accounts: the rules of {@link ConsoleAccounts} on a database of its own. */
class ConsoleAccountsTests {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private ConsoleAccounts accounts;
    private JdbcTemplate jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(h2);
        // The table of the bot's Flyway migration V8.
        jdbc.execute("create table console_account (username varchar(40) not null primary key, "
                + "display_name varchar(80) not null, password_hash varchar(100) not null, roles varchar(60) not null, "
                + "enabled boolean not null, created_at timestamp(6) with time zone not null)");
        accounts = new ConsoleAccounts(jdbc, bcrypt, Optional.empty());
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        accounts.create("ada", "Ada", "correct horse 1", Set.of(ConsoleRole.AGENT));
        String hash = jdbc.queryForObject("select password_hash from console_account where username = 'ada'", String.class);
        assertThat(hash).startsWith("$2").doesNotContain("correct horse");
        assertThat(bcrypt.matches("correct horse 1", hash)).isTrue();
        accounts.resetPassword("ada", "battery staple 2");
        assertThat(accounts.loadUserByUsername("ada").getPassword()).satisfies(h -> {
            assertThat(bcrypt.matches("battery staple 2", h)).isTrue();
            assertThat(bcrypt.matches("correct horse 1", h)).isFalse();
        });
    }

    @Test
    void weakPasswordsAreRefusedWithTheRule() {
        assertThat(PasswordRules.problem("ada", "short-1")).hasValue("a password has at least 10 characters");
        assertThat(PasswordRules.problem("ada", "onlyletterslong")).hasValueSatisfying(p -> assertThat(p).contains("digit or symbol"));
        assertThat(PasswordRules.problem("ada", "1234567890")).hasValueSatisfying(p -> assertThat(p).contains("letters"));
        assertThat(PasswordRules.problem("ada", "x1".repeat(37))).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
        assertThat(PasswordRules.problem("administrator", "administrator1")).isPresent();
        assertThat(PasswordRules.problem("ada", " padded-password ")).isPresent();
        assertThat(PasswordRules.problem("ada", "a good pass 7")).isEmpty();
        assertThatThrownBy(() -> accounts.create("bob", "Bob", "tooshort", Set.of(ConsoleRole.AGENT)))
                .hasMessageContaining("at least 10");
        assertThat(accounts.exists("bob")).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword("bob", "a good pass 7")).hasMessageContaining("no account");
    }

    @Test
    void anAdministratorCannotTakeTheAdminRoleFromThemselvesNorDisableThemselves() {
        accounts.create("root1", "Root One", "root-one-pass-1", Set.of(ConsoleRole.ADMIN, ConsoleRole.AGENT));
        accounts.create("root2", "Root Two", "root-two-pass-2", Set.of(ConsoleRole.ADMIN));
        assertThatThrownBy(() -> accounts.changeRoles("root1", "root1", Set.of(ConsoleRole.AGENT)))
                .hasMessageContaining("from yourself");
        assertThatThrownBy(() -> accounts.setEnabled("root1", "root1", false)).hasMessageContaining("your own account");
        assertThat(accounts.loadUserByUsername("root1").has(ConsoleRole.ADMIN)).isTrue();

        accounts.changeRoles("root1", "root1", Set.of(ConsoleRole.ADMIN, ConsoleRole.EDITOR));
        assertThat(accounts.loadUserByUsername("root1").has(ConsoleRole.EDITOR)).isTrue();
        assertThat(accounts.loadUserByUsername("root1").has(ConsoleRole.AGENT)).isFalse();
    }

    @Test
    void theLastEnabledAdministratorKeepsTheAdminRole() {
        accounts.create("root1", "Root One", "root-one-pass-1", Set.of(ConsoleRole.ADMIN));
        accounts.create("root2", "Root Two", "root-two-pass-2", Set.of(ConsoleRole.ADMIN));
        accounts.create("helper", "Helper", "helper-pass-3", Set.of(ConsoleRole.AGENT));

        accounts.changeRoles("root1", "root2", Set.of(ConsoleRole.AGENT));
        assertThat(accounts.loadUserByUsername("root2").has(ConsoleRole.ADMIN)).isFalse();
        // root1 is now the only administrator: no one may demote or disable them.
        assertThatThrownBy(() -> accounts.changeRoles("helper", "root1", Set.of(ConsoleRole.AGENT)))
                .hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> accounts.setEnabled("helper", "root1", false))
                .hasMessageContaining("last enabled administrator");

        accounts.changeRoles("root1", "root2", Set.of(ConsoleRole.ADMIN));
        accounts.setEnabled("root1", "root2", false);
        assertThat(accounts.loadUserByUsername("root2").isEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.changeRoles("root2", "root1", Set.of(ConsoleRole.AGENT)))
                .as("a disabled administrator does not count").hasMessageContaining("last enabled administrator");
        accounts.setEnabled("root1", "root2", true);
        assertThat(accounts.loadUserByUsername("root2").isEnabled()).isTrue();
    }

    @Test
    void accountsAreListedWithoutTheirHashes() {
        accounts.create("ada", "Ada", "correct horse 1", Set.of(ConsoleRole.AGENT, ConsoleRole.EDITOR));
        assertThat(accounts.all()).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("ada");
            assertThat(a.roles()).containsExactlyInAnyOrder(ConsoleRole.AGENT, ConsoleRole.EDITOR);
            assertThat(a.enabled()).isTrue();
            assertThat(a.toString()).doesNotContain("$2");
        });
        assertThatThrownBy(() -> accounts.create("ada", "Ada again", "correct horse 2", Set.of(ConsoleRole.AGENT)))
                .hasMessageContaining("already");
    }
}
