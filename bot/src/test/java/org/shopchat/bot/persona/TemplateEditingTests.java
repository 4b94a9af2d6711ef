package org.shopchat.bot.persona;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.ResponseTemplate;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response templates edited in the console with the article workflow: imported once from kb-content, placeholders
 * checked against the template key, and a published revision is what the bot says in the very next message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplateEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    PersonaTemplates templates;

    @Autowired
    KnowledgeContent shipped;

    @Test
    void everyShippedTemplateIsImportedOnceAndAnotherImportTakesNothing() {
        assertThat(templates.published()).extracting(ResponseTemplate::key).containsExactlyInAnyOrder(TemplateKey.values());
        assertThat(templates.history(TemplateKey.GOODBYE.id())).singleElement()
                .isEqualTo(shipped.texts().template(TemplateKey.GOODBYE));
        assertThat(templates.importShipped(List.of(shipped.texts().template(TemplateKey.GOODBYE)))).isZero();
    }

    @Test
    void aVariantMustUseExactlyThePlaceholdersOfItsKey() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor/templates");
        HttpResponse<String> response = editor.post("/console/editor/templates", Map.of("id", "order-cancelled",
                "description", "Confirms a cancelled order.",
                "variants", "Order {orderNumber} is cancelled.\nYour order is cancelled, {customerName}."));
        assertThat(response.statusCode()).isEqualTo(200);
        int start = response.body().indexOf("data-field=\"variants\"");
        assertThat(start).isPositive();
        assertThat(response.body().substring(start, response.body().indexOf("</ul>", start)))
                .contains("variant 2: uses undeclared placeholder(s) [customerName]")
                .contains("variant 2: leaves out placeholder(s) [orderNumber]");
        assertThat(templates.history("order-cancelled")).hasSize(1);
    }

    @Test
    void aPublishedTemplateIsWhatTheBotSaysInTheNextMessage() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor/templates");
        ConsoleSession admin = ConsoleSession.signIn(port, "admin", "admin-demo", "/console/editor/templates");
        String id = TemplateKey.ARTICLE_LEAD_IN.id();
        assertThat(editor.post("/console/editor/templates", Map.of("id", id,
                "description", "Introduces a knowledge-base answer; the short answer follows.",
                "variants", "Our help page on {title} says:\nFrom our help page on {title}:")).statusCode())
                .isEqualTo(302);
        int draft = templates.history(id).getLast().revision();
        String base = "/console/editor/templates/" + id + "/revisions/" + draft;
        assertThat(editor.post(base + "/submit", Map.of()).statusCode()).isEqualTo(302);
        assertThat(editor.post(base + "/approve", Map.of()).statusCode()).as("four-eyes").isEqualTo(409);
        assertThat(admin.post(base + "/approve", Map.of()).statusCode()).isEqualTo(302);

        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.send(UUID.randomUUID().toString(), "what payment methods do you accept?");
            String text = (String) customer.nextMessageFrom("BOT").get("text");
            assertThat(text).matches("(?s)(Our help page on .+ says:|From our help page on .+:)\n\n.+");
        }
        assertThat(templates.history(id)).extracting(t -> t.status().text()).containsExactly("archived", "published");
    }
}
