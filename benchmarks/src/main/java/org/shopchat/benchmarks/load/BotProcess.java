package org.shopchat.benchmarks.load;

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

import org.shopchat.benchmarks.TempDirectories;

/**
 * The packaged bot started as a child process for one run: loopback only, a free port, its default configuration
 * with demo data, and a fresh H2 file database in a temporary directory (also its working directory and log).
 * {@link #close()} stops it and deletes the directory.
 */
final class BotProcess implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);

    private final Process process;
    private final Path workDir;
    private final int port;

    private BotProcess(Process process, Path workDir, int port) {
        this.process = process;
        this.workDir = workDir;
        this.port = port;
    }

    static BotProcess start(Path jar, List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        Path workDir = Files.createTempDirectory("shopchat-load");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                // The product's durable setting (application.yaml): each commit reaches the file before it returns.
                "--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/shopchat")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                "--shopchat.chat.allowed-origins=http://127.0.0.1:" + port,
                // The transport-limit target /app/bench.echo (off in production).
                "--shopchat.bench.echo-enabled=true",
                // Thousands of sessions from one loopback address are the point here, not an attack.
                "--shopchat.chat.limits.enabled=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("bot.log").toFile()).start();
        BotProcess bot = new BotProcess(process, workDir, port);
        bot.awaitHealthy();
        return bot;
    }

    URI webSocketUrl() {
        return URI.create("ws://127.0.0.1:" + port + "/ws");
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return workDir.resolve("bot.log");
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited during start-up with code " + process.exitValue()
                        + "; see " + log());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Polled again below until the start-up limit.
            }
            process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException("the bot did not report healthy within " + STARTUP_LIMIT.toSeconds()
                + " s; see " + log());
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            TempDirectories.delete(workDir);
        } catch (IOException e) {
            System.err.println("load: could not delete " + workDir + ": " + e.getMessage());
        }
    }
}
