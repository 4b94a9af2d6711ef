package org.shopchat.bot.dialogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopchat.bot.ShopChatApplication;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.OpenedConversation;
import org.shopchat.bot.conversation.Reception;
import org.shopchat.bot.conversation.Sender;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue state lives in the database: a restart in the middle of a flow loses nothing. */
class DialogueRestartTests {

    @Test
    void aFlowInterruptedByARestartGoesOnWhereItStopped(@TempDir Path data) {
        String[] args = {"--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + data.resolve("shopchat")};
        UUID conversationId;
        try (ConfigurableApplicationContext before = SpringApplication.run(ShopChatApplication.class, args)) {
            ConversationService conversations = before.getBean(ConversationService.class);
            OpenedConversation opened = conversations.open(Optional.empty());
            conversationId = opened.id();
            conversations.resume(conversationId, 0);
            assertThat(say(conversations, conversationId, "where is my order")).isEqualTo("ask-order-number");
            assertThat(say(conversations, conversationId, "NW-100001")).isEqualTo("ask-order-verification");
        }
        try (ConfigurableApplicationContext after = SpringApplication.run(ShopChatApplication.class, args)) {
            ConversationService conversations = after.getBean(ConversationService.class);
            assertThat(say(conversations, conversationId, "alice@example.com")).isEqualTo("order-status-shipped");
            assertThat(conversations.history(conversationId)).extracting(MessageView::seq).isSorted()
                    .doesNotHaveDuplicates().hasSize(7);
        }
    }

    private static String say(ConversationService conversations, UUID conversationId, String text) {
        Reception reception = conversations.accept(conversationId,
                new CustomerInput(UUID.randomUUID().toString(), text, null));
        conversations.answer(conversationId, reception.message().seq());
        return conversations.history(conversationId).stream()
                .filter(m -> m.seq() > reception.message().seq() && m.sender() == Sender.BOT)
                .findFirst().orElseThrow().provenance().templateId();
    }
}
