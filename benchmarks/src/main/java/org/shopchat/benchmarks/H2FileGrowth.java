package org.shopchat.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * How the embedded H2 file grows under a steady stream of small commits, the bot's write pattern (one customer
 * message stored, its conversation row updated), without the bot: plain JDBC on a fresh file in a temp dir, one
 * thread, paced to a commit rate, for a bounded time. Prints the file size and H2's own fill figures as it goes,
 * then the size after a normal close and after {@code SHUTDOWN COMPACT} (what the bot runs at its stop), and
 * deletes the file.
 *
 * <p>{@code --write-delay 0} is the bot's setting (each commit written before it returns); H2's default is 500,
 * which lets its background writer batch commits and rewrite old chunks.
 */
public final class H2FileGrowth {

    static final String USAGE = """
            usage: H2FileGrowth [--write-delay 0] [--commits-per-second 300] [--seconds 120] [--report-seconds 15]
              --write-delay MS        H2's WRITE_DELAY (0-10000); the bot ships with 0
              --commits-per-second N  target rate (1-100000); one thread, so the real rate may be lower
              --seconds S             how long to commit (1-3600)
              --report-seconds S      how often to print the file size (1-600)""";

    /** The validated command line. */
    record Options(int writeDelay, int commitsPerSecond, int seconds, int reportSeconds) {

        Options {
            requireRange("--write-delay", writeDelay, 0, 10_000);
            requireRange("--commits-per-second", commitsPerSecond, 1, 100_000);
            requireRange("--seconds", seconds, 1, 3_600);
            requireRange("--report-seconds", reportSeconds, 1, 600);
        }

        static Options parse(String... args) {
            Map<String, Integer> values = new LinkedHashMap<>(Map.of("--write-delay", 0, "--commits-per-second", 300,
                    "--seconds", 120, "--report-seconds", 15));
            for (int i = 0; i < args.length; i += 2) {
                if (!values.containsKey(args[i])) {
                    throw new IllegalArgumentException("unknown option " + args[i]);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                try {
                    values.put(args[i], Integer.parseInt(args[i + 1]));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(args[i] + " must be a whole number, was " + args[i + 1]);
                }
            }
            return new Options(values.get("--write-delay"), values.get("--commits-per-second"),
                    values.get("--seconds"), values.get("--report-seconds"));
        }

        private static void requireRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
            }
        }
    }

    private H2FileGrowth() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("H2FileGrowth: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Path dir = Files.createTempDirectory("h2-file-growth");
        try {
            run(options, dir);
        } finally {
            TempDirectories.delete(dir);
        }
    }

    private static void run(Options options, Path dir) throws SQLException, IOException {
        String url = "jdbc:h2:file:" + dir.resolve("growth") + ";WRITE_DELAY=" + options.writeDelay();
        Path file = dir.resolve("growth.mv.db");
        System.out.printf(Locale.ROOT, "H2FileGrowth: WRITE_DELAY=%d, %d commits/s for %d s, %s%n",
                options.writeDelay(), options.commitsPerSecond(), options.seconds(), url);
        long commits = 0;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            createSchema(connection);
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO message(conversation_id, body, created_at) VALUES (?, ?, CURRENT_TIMESTAMP)");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE conversation SET turns = turns + 1, updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
                String body = "where is my parcel, I ordered it last week and it has not arrived yet ".repeat(3);
                long period = 1_000_000_000L / options.commitsPerSecond();
                long started = System.nanoTime();
                long end = started + options.seconds() * 1_000_000_000L;
                long nextReport = started + options.reportSeconds() * 1_000_000_000L;
                long next = started;
                while (System.nanoTime() < end) {
                    int conversation = (int) (commits % CONVERSATIONS);
                    insert.setInt(1, conversation);
                    insert.setString(2, body);
                    insert.executeUpdate();
                    update.setInt(1, conversation);
                    update.executeUpdate();
                    connection.commit();
                    commits++;
                    next += period;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() >= nextReport) {
                        report(connection, file, (System.nanoTime() - started) / 1_000_000_000L, commits);
                        nextReport += options.reportSeconds() * 1_000_000_000L;
                    }
                }
                System.out.printf(Locale.ROOT, "end: %d commits in %d s (%.0f/s)%n", commits, options.seconds(),
                        commits / (double) options.seconds());
                report(connection, file, options.seconds(), commits);
            }
        }
        System.out.printf(Locale.ROOT, "after a normal close: %.1f MB%n", Files.size(file) / 1e6);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        System.out.printf(Locale.ROOT, "after SHUTDOWN COMPACT: %.1f MB (%d ms, including opening the file)%n",
                Files.size(file) / 1e6, (System.nanoTime() - started) / 1_000_000);
    }

    private static final int CONVERSATIONS = 2_000;

    private static void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE conversation(id INT PRIMARY KEY, turns INT NOT NULL, "
                    + "updated_at TIMESTAMP NOT NULL)");
            statement.execute("CREATE TABLE message(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "conversation_id INT NOT NULL, body VARCHAR(2000) NOT NULL, created_at TIMESTAMP NOT NULL)");
            statement.execute("CREATE INDEX message_conversation ON message(conversation_id, created_at)");
            statement.execute("INSERT INTO conversation SELECT X, 0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(0, "
                    + (CONVERSATIONS - 1) + ")");
        }
    }

    private static void report(Connection connection, Path file, long second, long commits)
            throws SQLException, IOException {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%4d s commits=%8d file=%8.1f MB",
                second, commits, Files.size(file) / 1e6));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE "
                     + "FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                     + "('info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE', 'info.PAGE_COUNT', 'info.PAGE_COUNT_LIVE') "
                     + "ORDER BY SETTING_NAME")) {
            while (rows.next()) {
                line.append(' ').append(rows.getString(1).substring("info.".length())).append('=')
                        .append(rows.getString(2));
            }
        }
        System.out.println(line);
    }
}
