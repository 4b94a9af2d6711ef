package org.shopchat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shipped H2 file set-up ({@code WRITE_DELAY=0}) grows by tens of KB per commit while the live data stays
 * small; stopping the application gives the space back, or else the next start does, and the data is all there
 * after the restart.
 */
class EmbeddedDatabaseCompactionTests {

    private static final int MESSAGES = 2_500;

    @Test
    void stoppingTheApplicationShrinksABloatedFileAndKeepsEveryMessage(@TempDir Path data) throws IOException {
        String[] args = arguments(data);
        Path file = data.resolve("shopchat.mv.db");
        UUID conversationId;
        long beforeStop;
        try (ConfigurableApplicationContext context = SpringApplication.run(ShopChatApplication.class, args)) {
            ConversationService conversations = context.getBean(ConversationService.class);
            conversationId = conversations.open(Optional.empty()).id();
            for (int i = 0; i < MESSAGES; i++) {
                conversations.accept(conversationId, new CustomerInput("m-" + i, "where is my parcel " + i, null));
            }
            beforeStop = Files.size(file);
        }
        long afterStop = Files.size(file);

        assertThat(beforeStop).as("one commit per message bloats the file (the case this compaction is for)")
                .isGreaterThan(EmbeddedDatabaseCompaction.WORTH_COMPACTING_BYTES);
        assertThat(afterStop).as("file size after the stop").isLessThan(beforeStop / 4);
        try (ConfigurableApplicationContext again = SpringApplication.run(ShopChatApplication.class, args)) {
            assertThat(again.getBean(ConversationService.class).history(conversationId)).hasSize(MESSAGES);
        }
    }

    @Test
    void aFileLeftBloatedIsCompactedAtTheNextStartBeforeTheBotUsesIt(@TempDir Path data) throws IOException {
        // As a killed process leaves it: the stop's compaction turned off.
        String[] withoutStopCompaction = arguments(data, "--shopchat.database.compact-at-stop=false");
        Path file = data.resolve("shopchat.mv.db");
        UUID conversationId;
        try (ConfigurableApplicationContext context =
                     SpringApplication.run(ShopChatApplication.class, withoutStopCompaction)) {
            ConversationService conversations = context.getBean(ConversationService.class);
            conversationId = conversations.open(Optional.empty()).id();
            for (int i = 0; i < MESSAGES; i++) {
                conversations.accept(conversationId, new CustomerInput("m-" + i, "where is my parcel " + i, null));
            }
        }
        long left = Files.size(file);
        assertThat(left).as("left bloated").isGreaterThan(EmbeddedDatabaseCompaction.WORTH_COMPACTING_BYTES);

        try (ConfigurableApplicationContext again = SpringApplication.run(ShopChatApplication.class,
                withoutStopCompaction)) {
            assertThat(Files.size(file)).as("file size once started").isLessThan(left / 4);
            assertThat(again.getBean(ConversationService.class).history(conversationId)).hasSize(MESSAGES);
        }
    }

    @Test
    void aSmallFileClosesAsUsual(@TempDir Path data) throws IOException {
        String[] args = arguments(data);
        UUID conversationId;
        try (ConfigurableApplicationContext context = SpringApplication.run(ShopChatApplication.class, args)) {
            ConversationService conversations = context.getBean(ConversationService.class);
            conversationId = conversations.open(Optional.empty()).id();
            conversations.accept(conversationId, new CustomerInput("only", "hello", null));
        }
        assertThat(Files.size(data.resolve("shopchat.mv.db")))
                .isLessThanOrEqualTo(EmbeddedDatabaseCompaction.WORTH_COMPACTING_BYTES);
        try (ConfigurableApplicationContext again = SpringApplication.run(ShopChatApplication.class, args)) {
            assertThat(again.getBean(ConversationService.class).history(conversationId)).hasSize(1);
        }
    }

    @Test
    void onlyH2FilesOfThisProcessAreCompacted() {
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:file:./data/shopchat")).isTrue();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:./data/shopchat;WRITE_DELAY=0")).isTrue();
        assertThat(EmbeddedDatabaseCompaction.isH2File("JDBC:H2:FILE:/var/lib/shopchat/db")).isTrue();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:mem:shopchat")).isFalse();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:tcp://localhost/~/shopchat")).isFalse();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:ssl://localhost/~/shopchat")).isFalse();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:h2:zip:~/db.zip!/shopchat")).isFalse();
        assertThat(EmbeddedDatabaseCompaction.isH2File("jdbc:postgresql://localhost/shopchat")).isFalse();
        assertThat(EmbeddedDatabaseCompaction.isH2File(null)).isFalse();
    }

    /**
     * The shipped url's settings, in a temporary directory, with H2's own compaction at close (200 ms) turned off:
     * it is enough for the few MB of these tests, not for the hundreds of MB or GB of a real load (benchmarks/
     * README.md, ninth round: 558 MB after a normal close), and with it these tests could not tell whether the
     * bot compacted anything.
     */
    private static String[] arguments(Path data, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shopchat")
                        + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }
}
