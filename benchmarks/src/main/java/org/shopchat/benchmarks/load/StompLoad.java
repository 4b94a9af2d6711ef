package org.shopchat.benchmarks.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import org.shopchat.benchmarks.HeldOutUtterances;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Chat round trips over STOMP/WebSocket on loopback: N customers connect, then all at once each sends M messages
 * one at a time, waiting for each reply (a closed loop, no think time). Bounded by M and by a wall-clock limit.
 * Prints p50/p95/p99 and messages per second per target (the bot's chat.send, the echo endpoint bench.echo).
 * {@code --idle N} instead opens N sessions, leaves them idle and reports the started bot's heap and threads.
 */
public final class StompLoad {

    /** Handing the conversation to a person makes the bot fall silent by design: not what a round trip measures. */
    static final List<String> HANDOFF_INTENTS = List.of("contact_human_agent", "contact_customer_service");

    private StompLoad() {
    }

    public static void main(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options));
        } catch (Exception e) {
            System.err.println("load: " + e);
            System.exit(1);
        }
    }

    static int run(LoadOptions options) throws Exception {
        BotProcess bot = null;
        try {
            URI url = options.url();
            if (url == null) {
                System.out.println("load: starting " + options.jar() + " " + String.join(" ", options.appJvmOptions()));
                long started = System.nanoTime();
                bot = BotProcess.start(options.jar(), options.appJvmOptions());
                url = bot.webSocketUrl();
                System.out.printf(Locale.ROOT, "load: bot pid %d healthy at %s after %.1f s%n", bot.pid(), url,
                        (System.nanoTime() - started) / 1e9);
            }
            WebSocketStompClient client = client();
            try {
                if (options.idle() > 0) {
                    return IdleSessions.hold(client, url, options.idle(), bot == null ? -1 : bot.pid());
                }
                int failures = 0;
                for (LoadOptions.Target target : options.targets()) {
                    failures += chat(client, url, options, target);
                }
                return failures == 0 ? 0 : 1;
            } finally {
                client.stop();
            }
        } finally {
            if (bot != null) {
                bot.close();
            }
        }
    }

    static WebSocketStompClient client() {
        // The load's connections stay open however long they are silent (idle sessions), as the server's do: the
        // client's own idle timeout (Jetty's default: 30 s) would otherwise close them and skew the count.
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxSessionIdleTimeout(0);
        WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
        client.setMessageConverter(new JsonBytes());
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        // No heart-beats: a benchmark connection is never idle long enough to need them, and they add frames.
        client.setDefaultHeartbeat(new long[] {0, 0});
        return client;
    }

    /** Passes payloads through as bytes whatever their content type; the customer reads and writes the JSON. */
    private static final class JsonBytes extends ByteArrayMessageConverter {
        @Override
        protected boolean supportsMimeType(org.springframework.messaging.MessageHeaders headers) {
            return true;
        }
    }

    /**
     * Runs one target: the warm-up rounds, unmeasured but printed, then the measured round. Each round connects
     * fresh customers. Returns 1 if any reply of the measured round was lost or any customer failed, 0 otherwise.
     */
    private static int chat(WebSocketStompClient client, URI url, LoadOptions options, LoadOptions.Target target)
            throws Exception {
        String name = target.name().toLowerCase(Locale.ROOT);
        String[] texts = HeldOutUtterances.excluding(HANDOFF_INTENTS).toArray(String[]::new);
        for (int round = 1; round <= options.warmupRounds(); round++) {
            Round warmup = round(client, url, options, target, texts, name + "-w" + round + "-");
            if (warmup == null) {
                return 1;
            }
            System.out.printf(Locale.ROOT, "load: target=%s warm-up %d/%d: %d replies, %.1f msg/s, lost=%d%n", name,
                    round, options.warmupRounds(), warmup.summary().count(), warmup.summary().messagesPerSecond(),
                    warmup.lost());
        }
        Round measured = round(client, url, options, target, texts, name);
        if (measured == null) {
            return 1;
        }
        System.out.printf(Locale.ROOT, "load: target=%s customers=%d messages/customer=%d wall=%.1f s lost=%d%n",
                name, options.customers(), options.messages(), measured.wallNanos() / 1e9, measured.lost());
        System.out.println("load: " + measured.summary().toLine());
        return measured.lost() == 0 && measured.summary().count() > 0 ? 0 : 1;
    }

    private record Round(LatencySummary summary, long lost, long wallNanos) {
    }

    /** One round of the closed loop; null when the echo endpoint is missing. */
    private static Round round(WebSocketStompClient client, URI url, LoadOptions options, LoadOptions.Target target,
                               String[] texts, String customerPrefix) throws Exception {
        List<StompCustomer> customers = connectAll(client, url, options.customers(), options.replyTimeout(),
                customerPrefix);
        if (target == LoadOptions.Target.ECHO && customers.getFirst().echo("probe", options.replyTimeout()) < 0) {
            customers.forEach(StompCustomer::close);
            System.out.println("load: target=echo: no echo came back within " + options.replyTimeout().toSeconds()
                    + " s: the bot has no /app/bench.echo endpoint (see benchmarks/README.md)");
            return null;
        }
        long[][] samples = new long[customers.size()][];
        AtomicLong lost = new AtomicLong();
        long deadline = System.nanoTime() + options.maxDuration().toNanos();
        CountDownLatch start = new CountDownLatch(1);
        long wall;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < customers.size(); c++) {
                int index = c;
                running.add(threads.submit(() -> {
                    start.await();
                    StompCustomer customer = customers.get(index);
                    long[] mine = new long[options.messages()];
                    int done = 0;
                    for (int m = 0; m < options.messages() && System.nanoTime() < deadline; m++) {
                        String text = texts[(index * 7 + m) % texts.length];
                        long nanos = target == LoadOptions.Target.BOT ? customer.chat(text, options.replyTimeout())
                                : customer.echo(text, options.replyTimeout());
                        if (nanos < 0) {
                            lost.incrementAndGet();
                            if (!customer.isConnected()) {
                                break;
                            }
                        } else {
                            mine[done++] = nanos;
                        }
                    }
                    samples[index] = java.util.Arrays.copyOf(mine, done);
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
            wall = System.nanoTime() - began;
        } finally {
            customers.forEach(StompCustomer::close);
        }
        long[] all = java.util.Arrays.stream(samples).flatMapToLong(java.util.Arrays::stream).toArray();
        return new Round(LatencySummary.of(all, wall), lost.get(), wall);
    }

    private static List<StompCustomer> connectAll(WebSocketStompClient client, URI url, int count, Duration timeout,
                                                  String prefix) throws Exception {
        List<StompCustomer> customers = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            try {
                customers.add(StompCustomer.connect(client, url, prefix + c, timeout));
            } catch (Exception e) {
                customers.forEach(StompCustomer::close);
                throw new IllegalStateException("customer " + c + " could not connect to " + url + ": " + e, e);
            }
        }
        return customers;
    }

}
