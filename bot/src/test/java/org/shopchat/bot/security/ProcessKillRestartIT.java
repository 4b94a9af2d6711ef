package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.chat.CustomerStompClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: the packaged application (the bot's Spring Boot jar, built by {@code package}; this test runs in
 * {@code verify} through maven-failsafe) runs as a separate process on a loopback port, with the default H2 file
 * database under {@code ./data} of a temporary working directory. A customer chats; the process is killed with
 * SIGKILL right after a message is sent; a new process on the same database serves the customer's reconnect with the
 * conversation token: the full history comes back in order, the message sent at the kill is resent (as the widget
 * resends what was not acknowledged) and stored once, and the conversation goes on.
 *
 * <p>Lean on CPU: the sentence-embedding stages are switched off, the demo accounts too. Every wait is bounded.
 */
class ProcessKillRestartIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final List<String> QUESTIONS = List.of("what payment methods do you take?",
            "how long does delivery take?", "can I return an item?");

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void aCustomerContinuesWithTheFullHistoryAfterTheServerIsKilledMidConversation() throws Exception {
        Path jar = Path.of(System.getProperty("shopchat.jar", "target/bot-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged application (mvn package builds it)").isRegularFile();
        int port = freeLoopbackPort();

        String token;
        Process first = start(jar, port, "first");
        try {
            try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
                token = (String) customer.resume(0).get("token");
                for (int i = 0; i < QUESTIONS.size(); i++) {
                    customer.send("kill-" + i, QUESTIONS.get(i));
                    assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "kill-" + i);
                    customer.nextMessageFrom("BOT");
                }
                // Mid-conversation: the next message is on its way (maybe stored, maybe answered) when the process dies.
                customer.send("kill-at", "do you ship to Ireland?");
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("the process is gone").isTrue();
                await().atMost(Duration.ofSeconds(30)).until(() -> !customer.isConnected());
            }
        } finally {
            first.destroyForcibly();
        }
        assertThat(first.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        Process second = start(jar, port, "second");
        try (CustomerStompClient customer = CustomerStompClient.connect(port, token)) {
            Map<String, Object> session = customer.resume(0);
            assertThat(session.get("token")).as("the same conversation").isEqualTo(token);
            List<Map<String, Object>> history = messages(session);
            assertThat(history).extracting(m -> ((Number) m.get("seq")).longValue()).isSorted().doesNotHaveDuplicates();
            List<Object> customerIds = history.stream().filter(m -> "CUSTOMER".equals(m.get("sender")))
                    .map(m -> m.get("clientMessageId")).toList();
            assertThat(customerIds).as("the history after the restart: %s", history)
                    .startsWith("kill-0", "kill-1", "kill-2");
            assertThat(customerIds.stream().filter("kill-at"::equals).count()).isLessThanOrEqualTo(1);
            for (int i = 0; i < 3; i++) {
                int at = indexOf(history, "kill-" + i);
                assertThat(history.get(at + 1)).as("the bot's answer to kill-%d, right after it", i)
                        .containsEntry("sender", "BOT");
            }

            // The widget resends what was not acknowledged; the server stores it once and answers it.
            customer.send("kill-at", "do you ship to Ireland?");
            assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "kill-at");
            customer.send("after-restart", "thanks, and how long does delivery take?");
            assertThat(customer.nextMessageFrom("CUSTOMER")).containsEntry("clientMessageId", "after-restart");
            customer.nextMessageFrom("BOT");

            List<Map<String, Object>> after = messages(customer.resume(0));
            assertThat(after.stream().filter(m -> "kill-at".equals(m.get("clientMessageId")))).hasSize(1);
            assertThat(after.subList(0, history.size())).as("history unchanged").isEqualTo(history);
            assertThat(after).extracting(m -> ((Number) m.get("seq")).longValue()).isSorted().doesNotHaveDuplicates();
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    /** Starts the jar with the machine's default settings but lean; waits (bounded) until it is ready. */
    private Process start(Path jar, int port, String name) throws Exception {
        Path log = workDir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx768m", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--shopchat.nlu.embedding-stage=false", "--shopchat.knowledge.embeddings=false",
                "--shopchat.console.demo-accounts=false")
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("the application exited with " + process.exitValue() + ":\n" + tail(log));
                }
                return ready(port);
            });
        } catch (RuntimeException | AssertionError e) {
            process.destroyForcibly();
            throw new AssertionError("the application did not become ready:\n" + tail(log), e);
        }
        return process;
    }

    private boolean ready(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> session) {
        return new ArrayList<>((List<Map<String, Object>>) session.get("messages"));
    }

    private static int indexOf(List<Map<String, Object>> history, String clientMessageId) {
        for (int i = 0; i < history.size(); i++) {
            if (clientMessageId.equals(history.get(i).get("clientMessageId"))) {
                return i;
            }
        }
        throw new AssertionError(clientMessageId + " not in the history");
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
