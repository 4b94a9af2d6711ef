package org.shopchat.bot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.OptionalLong;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded H2 file back the space it wasted, when the application stops and, for a file that a killed
 * process left behind, when it starts.
 *
 * <p>The default database writes every commit to the file before the commit returns ({@code WRITE_DELAY=0}), so
 * that a killed process loses nothing acknowledged. H2 then writes one chunk of ~30-40 KB per commit and cannot
 * free the old chunks (each keeps a few live pages) as fast as it writes new ones: under sustained load the file
 * grows without bound while the live data stays small (1.6 GB for 60,000 commits with 2 MB of rows;
 * benchmarks/README.md, ninth round). H2's normal close compacts for 200 ms only. {@code SHUTDOWN COMPACT} copies
 * the live data into a new file instead, which takes time in proportion to the live data (0.8 s for the 1.6 GB
 * file above, which became 2.2 MB), so a restart or redeploy returns the space.
 *
 * <p>Runs just before the data source (Boot's Hikari pool) closes: every lifecycle (web server, answering drain)
 * has stopped and every bean that uses the database is gone. Only for an H2 file database, and only when at least half of the file is
 * free space or dead data and the file is larger than {@value #WORTH_COMPACTING_BYTES} bytes; otherwise H2
 * closes as usual. A failure is logged and the close goes on: H2 keeps the file consistent either way.
 *
 * <p>A killed process (SIGKILL, or a stop that ran out of its grace period) skips that. So the same check runs at
 * start, on a connection of its own before the connection pool opens, and the bot starts on the compacted file.
 * {@code shopchat.database.compact-at-stop} and {@code shopchat.database.compact-at-start} (both true) turn either
 * off, e.g. when the live data is so large that the stop's grace period is too short for it.
 */
@Component
class EmbeddedDatabaseCompaction implements DestructionAwareBeanPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

    /** Smaller files are left as they are: the gain would not be worth the stop's time. */
    static final long WORTH_COMPACTING_BYTES = 32L * 1024 * 1024;
    /** Compacts when less than this percentage of the file's chunk space holds live data. */
    static final int LIVE_PERCENT_BELOW = 50;

    private boolean atStop = true;
    private boolean atStart = true;

    @Override
    public void setEnvironment(Environment environment) {
        atStop = environment.getProperty("shopchat.database.compact-at-stop", Boolean.class, true);
        atStart = environment.getProperty("shopchat.database.compact-at-start", Boolean.class, true);
    }

    /** At start: the pool has not opened the database yet, so a connection of our own has it to itself. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (atStart && bean instanceof HikariDataSource pool && !pool.isRunning() && isH2File(pool.getJdbcUrl())) {
            compact(() -> DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword()),
                    "Could not compact the embedded database file at start; it opens as it is");
        }
        return bean;
    }

    @Override
    public boolean requiresDestruction(Object bean) {
        return atStop && bean instanceof HikariDataSource pool && isH2File(pool.getJdbcUrl());
    }

    /** At stop: just before the pool closes, on one of its connections. */
    @Override
    public void postProcessBeforeDestruction(Object bean, String beanName) {
        if (requiresDestruction(bean)) {
            HikariDataSource pool = (HikariDataSource) bean;
            compact(pool::getConnection, "Could not compact the embedded database file; it closes as usual");
        }
    }

    /** A source of one connection to the database. */
    @FunctionalInterface
    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private static void compact(ConnectionSource source, String failure) {
        Connection connection;
        try {
            connection = source.open();
        } catch (SQLException | RuntimeException e) {
            log.warn(failure, e);
            return;
        }
        boolean closed = false;
        try {
            closed = compactIfWorthIt(connection);
        } catch (SQLException | RuntimeException e) {
            log.warn(failure, e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                // After SHUTDOWN COMPACT the database is closed, and so is this connection's session: expected.
                if (!closed) {
                    log.warn("Could not close a connection to the embedded database", e);
                }
            }
        }
    }

    /** @return true if the database was compacted, which closes it */
    private static boolean compactIfWorthIt(Connection connection) throws SQLException {
        OptionalLong fileSize = setting(connection, "info.FILE_SIZE");
        OptionalLong livePercent = setting(connection, "info.CHUNKS_FILL_RATE");
        if (fileSize.isEmpty() || livePercent.isEmpty() || fileSize.getAsLong() <= WORTH_COMPACTING_BYTES
                || livePercent.getAsLong() >= LIVE_PERCENT_BELOW) {
            return false;
        }
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        log.info("Compacted the embedded database file ({} MB, {} % live) in {} ms",
                fileSize.getAsLong() >> 20, livePercent.getAsLong(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** An H2 database in a file of this process: not in memory, not on an H2 server. */
    static boolean isH2File(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
                || rest.startsWith("zip:"));
    }

    private static OptionalLong setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return OptionalLong.empty();
                }
                try {
                    return OptionalLong.of(Long.parseLong(row.getString(1).trim()));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
    }
}
