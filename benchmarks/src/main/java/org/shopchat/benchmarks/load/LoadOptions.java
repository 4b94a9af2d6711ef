package org.shopchat.benchmarks.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The load generator's command line, validated: every bad value is refused with a one-line message.
 *
 * @param url           an already running bot's WebSocket endpoint, or null to start {@code jar} ourselves
 * @param jar           the packaged bot to start when no url is given
 * @param customers     concurrent customers, each on its own WebSocket connection
 * @param messages      messages each customer sends, one at a time, waiting for each reply
 * @param maxDuration   the run stops sending when this is over, finished or not
 * @param replyTimeout  a reply later than this counts as lost
 * @param targets       what to measure: the bot (chat.send) and/or the echo endpoint (bench.echo)
 * @param warmupRounds  unmeasured rounds of the same load (fresh customers each) run before the measured one, per
 *                      target: the bot's JIT needs ~20,000 turns to settle (benchmarks/README.md, eighth round)
 * @param idle          if positive: instead of chatting, hold this many idle sessions open and report memory
 * @param appJvmOptions JVM options for the bot we start (e.g. -Xmx512m)
 */
public record LoadOptions(URI url, Path jar, int customers, int messages, Duration maxDuration, Duration replyTimeout,
                          List<Target> targets, int warmupRounds, int idle, List<String> appJvmOptions) {

    public enum Target { BOT, ECHO }

    static final String USAGE = """
            usage: StompLoad [--url ws://127.0.0.1:PORT/ws | --jar bot/target/bot-0.1.0-SNAPSHOT.jar]
                             [--customers 50] [--messages 20] [--max-seconds 120] [--reply-timeout-seconds 10]
                             [--target bot|echo|both] [--warmup-rounds 0] [--idle N] [--app-jvm-option OPT]...
              Without --url the bot jar is started on a free loopback port with a fresh H2 database in a temp dir.
              --warmup-rounds N runs the same load N times unmeasured (fresh customers each) before measuring.
              --idle N holds N idle STOMP sessions open and reports the bot's heap and threads instead of chatting.""";

    public LoadOptions {
        if (url == null && jar == null) {
            throw new IllegalArgumentException("give --url of a running bot or --jar of the bot to start");
        }
        if (url != null) {
            String host = url.getHost();
            if (!"ws".equals(url.getScheme()) || host == null
                    || !(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"))) {
                throw new IllegalArgumentException("--url must be a ws:// address on loopback (127.0.0.1, localhost, [::1]), was " + url);
            }
        }
        if (url == null && !Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar " + jar + ": no such file (build it with ./mvnw -pl bot -am package)");
        }
        requireRange("--customers", customers, 1, 20_000);
        requireRange("--messages", messages, 1, 100_000);
        requireRange("--warmup-rounds", warmupRounds, 0, 50);
        requireRange("--idle", idle, 0, 20_000);
        targets = List.copyOf(targets);
        appJvmOptions = List.copyOf(appJvmOptions);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    public static LoadOptions parse(String[] args) {
        URI url = null;
        Path jar = null;
        int customers = 50;
        int messages = 20;
        long maxSeconds = 120;
        long replyTimeoutSeconds = 10;
        List<Target> targets = List.of(Target.BOT);
        int warmupRounds = 0;
        int idle = 0;
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value" : "unexpected argument " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> url = uri(value);
                case "--jar" -> jar = Path.of(value);
                case "--customers" -> customers = integer(name, value);
                case "--messages" -> messages = integer(name, value);
                case "--max-seconds" -> maxSeconds = positive(name, value);
                case "--reply-timeout-seconds" -> replyTimeoutSeconds = positive(name, value);
                case "--warmup-rounds" -> warmupRounds = integer(name, value);
                case "--idle" -> idle = integer(name, value);
                case "--app-jvm-option" -> jvm.add(value);
                case "--target" -> targets = switch (value) {
                    case "bot" -> List.of(Target.BOT);
                    case "echo" -> List.of(Target.ECHO);
                    case "both" -> List.of(Target.BOT, Target.ECHO);
                    default -> throw new IllegalArgumentException("--target must be bot, echo or both, was " + value);
                };
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new LoadOptions(url, jar, customers, messages, Duration.ofSeconds(maxSeconds),
                Duration.ofSeconds(replyTimeoutSeconds), targets, warmupRounds, idle, jvm);
    }

    private static URI uri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a URI: " + value);
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + value);
        }
    }

    private static long positive(String name, String value) {
        int n = integer(name, value);
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return n;
    }
}
