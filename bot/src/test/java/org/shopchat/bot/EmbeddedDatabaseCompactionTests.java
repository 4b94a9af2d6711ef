package org.shopchat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * small; stopping the application gives the space back, and the data is all there after the restart.
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

    /** The shipped url's settings, in a temporary directory. */
    private static String[] arguments(Path data) {
        return new String[] {"--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shopchat") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"};
    }
}
