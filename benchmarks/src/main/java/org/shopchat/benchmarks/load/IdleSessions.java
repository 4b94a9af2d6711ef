package org.shopchat.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * Many idle customers: each connects, subscribes and resumes (so the bot holds a greeted conversation per session,
 * as for a widget left open), then stays silent. Reports the bot's heap after a full GC and its thread count, before
 * and with the sessions open; that needs the bot's process id, so only for a bot this tool started.
 */
final class IdleSessions {

    /** Connections in flight at once: enough to be quick, few enough not to look like a SYN flood. */
    private static final int CONNECTING_AT_ONCE = 64;

    private IdleSessions() {
    }

    static int hold(WebSocketStompClient client, URI url, int count, long botPid) throws Exception {
        String before = botPid > 0 ? usage(botPid) : "unknown (bot not started by this tool)";
        System.out.println("load: idle sessions 0: " + before);
        List<StompCustomer> customers = java.util.Collections.synchronizedList(new ArrayList<>(count));
        Semaphore inFlight = new Semaphore(CONNECTING_AT_ONCE);
        long started = System.nanoTime();
        int failed = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> connecting = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                connecting.add(threads.submit(() -> {
                    inFlight.acquire();
                    try {
                        customers.add(StompCustomer.connect(client, url, "idle" + n, Duration.ofSeconds(60)));
                        return true;
                    } catch (Exception e) {
                        return false;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<Boolean> f : connecting) {
                if (!f.get()) {
                    failed++;
                }
            }
        }
        try {
            System.out.printf(Locale.ROOT, "load: %d sessions open (%d failed) after %.1f s%n", customers.size(), failed,
                    (System.nanoTime() - started) / 1e9);
            TimeUnit.SECONDS.sleep(5);
            long stillOpen = customers.stream().filter(StompCustomer::isConnected).count();
            String with = botPid > 0 ? usage(botPid) : "unknown (bot not started by this tool)";
            System.out.println("load: idle sessions " + stillOpen + ": " + with);
        } finally {
            customers.forEach(StompCustomer::close);
        }
        return failed == 0 ? 0 : 1;
    }

    /** Heap used after a full GC (jcmd) and the process's threads and resident memory (/proc). */
    static String usage(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String heap = jcmd(pid, "GC.heap_info").lines().filter(l -> l.contains("used")).findFirst()
                .map(String::strip).orElse("heap: n/a");
        List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
        String threads = status.stream().filter(l -> l.startsWith("Threads:")).findFirst().orElse("Threads: n/a");
        String rss = status.stream().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: n/a");
        return heap + "; " + threads.replaceAll("\\s+", " ") + "; " + rss.replaceAll("\\s+", " ");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
