package org.shopchat.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.shopchat.bot.ShopChatApplication;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.Reception;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One customer turn through the whole bot, in-process: what {@code ChatController.send} does after the frame is
 * decoded — store the customer message, then NLU, dialogue policy, knowledge search, persona rendering, storing the
 * bot's reply and publishing both (to no connected client). The real application context with its default
 * configuration and demo data, on an in-memory H2 database; no WebSocket, no STOMP, no JSON.
 *
 * <p>Turns rotate over {@link #CONVERSATIONS} conversations opened (and greeted) before each iteration, so each
 * conversation sees a handful of turns per iteration, as a real one would, instead of one conversation growing
 * to thousands of messages.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class FullTurnBenchmark {

    static final int CONVERSATIONS = 500;

    /**
     * Both optional sentence-embedding stages (the intent cascade's and the hybrid article search's) on or off. The
     * issue's full-turn target is stated without them; "true" is the bot's default configuration.
     */
    @Param({"false", "true"})
    public boolean embeddings;

    /** Intents whose answer hands the conversation to a person, after which the bot stays silent by design. */
    static final List<String> HANDOFF_INTENTS = List.of("contact_human_agent", "contact_customer_service");

    private ConfigurableApplicationContext context;
    private ConversationService conversations;
    private String[] utterances;
    private final List<UUID> open = new ArrayList<>();
    private final AtomicLong turns = new AtomicLong();
    private Path workDir;

    @Setup(Level.Trial)
    public void start() throws Exception {
        workDir = Files.createTempDirectory("shopchat-turn-bench");
        SpringApplication app = new SpringApplication(ShopChatApplication.class);
        context = app.run(arguments("turn-bench", embeddings));
        conversations = context.getBean(ConversationService.class);
        utterances = HeldOutUtterances.excluding(HANDOFF_INTENTS).toArray(String[]::new);
    }

    /**
     * The bot's arguments for an in-process turn: in-memory H2 database {@code database}, a loopback port of its own,
     * quiet logs, both optional embedding stages on or off.
     */
    static String[] arguments(String database, boolean embeddings) {
        return new String[] {
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off",
                "--shopchat.nlu.embedding-stage=" + embeddings,
                "--shopchat.knowledge.embeddings=" + embeddings};
    }

    @Setup(Level.Iteration)
    public void openConversations() {
        open.clear();
        for (int i = 0; i < CONVERSATIONS; i++) {
            UUID id = conversations.open(Optional.empty()).id();
            conversations.resume(id, 0);
            open.add(id);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        context.close();
        TempDirectories.delete(workDir);
    }

    /**
     * Turn n's text: the held-out utterances in turn, each round with one more trailing space. The analyses and the
     * encoders ignore the spaces; the stores of recent sentence vectors do not, so every turn pays for its
     * embeddings as a new customer message does, instead of finding them kept from the previous round.
     */
    static String customerText(String[] utterances, long n) {
        return utterances[(int) (n % utterances.length)] + " ".repeat(1 + (int) (n / utterances.length % 1000));
    }

    @Benchmark
    public long customerTurn() {
        long n = turns.getAndIncrement();
        UUID conversation = open.get((int) (n % CONVERSATIONS));
        Reception reception = conversations.accept(conversation,
                new CustomerInput("bench-" + n, customerText(utterances, n), null));
        conversations.answer(conversation, reception.message().seq());
        return reception.message().seq();
    }
}
