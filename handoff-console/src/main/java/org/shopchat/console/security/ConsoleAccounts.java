package org.shopchat.console.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Console accounts in table {@code console_account}: BCrypt password hashes, comma-separated roles. */
@Service
public class ConsoleAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    // Customer STOMP sessions are named by their conversation id: a UUID-shaped username could receive their events.
    private static final Pattern UUID_SHAPED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    ConsoleAccounts(JdbcTemplate jdbc, PasswordEncoder passwords, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public ConsoleUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no console account"));
    }

    public Optional<ConsoleUser> find(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.empty();
        }
        return jdbc.query("select username, display_name, password_hash, roles, enabled from console_account where username = ?",
                (rs, i) -> new ConsoleUser(rs.getString(1), rs.getString(3), rs.getBoolean(5),
                        roles(rs.getString(4)).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                        rs.getString(2)), username).stream().findFirst();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** Creates an account; the password is stored only as its BCrypt hash. */
    @Transactional
    public void create(String username, String displayName, String password, Set<ConsoleRole> roles) {
        if (username == null || !USERNAME.matcher(username).matches() || UUID_SHAPED.matcher(username).matches()) {
            throw new IllegalArgumentException("a username is 2-40 lower-case letters, digits, '.', '_' or '-', not a UUID");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
            throw new IllegalArgumentException("a display name is 1-80 characters");
        }
        PasswordRules.problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (exists(username)) {
            throw new IllegalArgumentException("there is already an account " + username);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        jdbc.update("insert into console_account (username, display_name, password_hash, roles, enabled, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)", username, displayName.strip(), passwords.encode(password),
                roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), true,
                Timestamp.from(clock.instant()));
    }

    /** All accounts, by username, for the administrators' accounts page. */
    public List<Account> all() {
        return jdbc.query("select username, display_name, roles, enabled, created_at from console_account order by username",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2), roles(rs.getString(3)), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant()));
    }

    /**
     * Gives {@code username} exactly {@code roles}. An administrator cannot take the ADMIN role from themselves, and
     * the last enabled administrator keeps it: otherwise no one could manage accounts any more.
     */
    @Transactional
    public void changeRoles(String actor, String username, Set<ConsoleRole> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        Account account = lockedAccount(username);
        if (account.roles().contains(ConsoleRole.ADMIN) && !roles.contains(ConsoleRole.ADMIN)) {
            if (username.equals(actor)) {
                throw new IllegalArgumentException("you cannot take the ADMIN role from yourself; ask another administrator");
            }
            requireAnotherEnabledAdmin(username);
        }
        jdbc.update("update console_account set roles = ? where username = ?",
                roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), username);
    }

    /** Enables or disables {@code username}; a disabled account cannot sign in. Not oneself, not the last admin. */
    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        Account account = lockedAccount(username);
        if (!enabled && username.equals(actor)) {
            throw new IllegalArgumentException("you cannot disable your own account");
        }
        if (!enabled && account.enabled() && account.roles().contains(ConsoleRole.ADMIN)) {
            requireAnotherEnabledAdmin(username);
        }
        jdbc.update("update console_account set enabled = ? where username = ?", enabled, username);
    }

    /** Sets a new password (stored as its BCrypt hash), for example when a user has forgotten theirs. */
    @Transactional
    public void resetPassword(String username, String password) {
        lockedAccount(username);
        PasswordRules.problem(username, password).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        jdbc.update("update console_account set password_hash = ? where username = ?", passwords.encode(password), username);
    }

    private Account lockedAccount(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("there is no account " + username);
        }
        // Row locks: two administrators demoting each other at once cannot both pass the last-admin check.
        return jdbc.query("select username, display_name, roles, enabled, created_at from console_account "
                                + "where username = ? for update",
                        (rs, i) -> new Account(rs.getString(1), rs.getString(2), roles(rs.getString(3)), rs.getBoolean(4),
                                rs.getTimestamp(5).toInstant()), username).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no account " + username));
    }

    private void requireAnotherEnabledAdmin(String username) {
        boolean another = jdbc.query("select username, roles from console_account where enabled = true for update",
                        (rs, i) -> rs.getString(1).equals(username) ? Set.<ConsoleRole>of() : roles(rs.getString(2)))
                .stream().anyMatch(r -> r.contains(ConsoleRole.ADMIN));
        if (!another) {
            throw new IllegalArgumentException(username + " is the last enabled administrator and keeps the ADMIN role");
        }
    }

    /** An account as administrators see it: never its password hash. */
    public record Account(String username, String displayName, Set<ConsoleRole> roles, boolean enabled,
                          Instant createdAt) {
    }

    /** Display names of enabled accounts with the given role, by username. */
    public List<ConsoleUser> withRole(ConsoleRole role) {
        return jdbc.query("select username from console_account where enabled = true order by username",
                        (rs, i) -> rs.getString(1)).stream()
                .map(this::find).flatMap(Optional::stream).filter(u -> u.has(role)).toList();
    }

    private static Set<ConsoleRole> roles(String stored) {
        Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> ConsoleRole.valueOf(s.toUpperCase(Locale.ROOT))).forEach(roles::add);
        return roles;
    }
}
