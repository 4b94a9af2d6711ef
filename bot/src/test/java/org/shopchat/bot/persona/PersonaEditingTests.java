package org.shopchat.bot.persona;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.knowledge.ConsoleSession;
import org.shopchat.console.editor.ContentExport;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.MarkdownWriter;
import org.shopchat.kb.PersonaParser;
import org.shopchat.kb.Persona;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The persona edited in the console with the workflow of articles and templates: validated at the fields, four-eyes
 * review, history and roll-back, and a published persona is who the chat speaks as from the next message on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonaEditingTests {

    static final String PAGE = "/console/editor/persona";
    static final String STEPS = "/console/editor/persona/persona/revisions/";

    @LocalServerPort
    int port;

    @Autowired
    BotPersona persona;

    @Autowired
    BotVoice voice;

    @Autowired
    KnowledgeContent shipped;

    @Autowired
    ContentExport export;

    /** Other tests in this application context expect the shipped persona: put it back as a new revision. */
    @AfterEach
    void restoreTheShippedPersona() {
        if (!persona.published().orElseThrow().equals(shipped.persona())) {
            int restored = persona.saveRevision(shipped.persona(), "test-cleanup");
            persona.submitForReview(restored);
            persona.publish(restored);
        }
        assertThat(voice.botName()).isEqualTo(shipped.persona().name());
    }

    @Test
    void theShippedPersonaIsImportedOncePublished() {
        assertThat(persona.published()).contains(shipped.persona());
        assertThat(persona.importShipped(shipped.persona())).isFalse();
    }

    @Test
    void anAgentCannotOpenOrChangeThePersona() throws Exception {
        ConsoleSession agent = ConsoleSession.signIn(port, "agent1", "agent1-demo", "/console");
        assertThat(agent.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(agent.post(PAGE, form("Nova", "kb/avatar.svg")).statusCode()).isEqualTo(403);
        assertThat(agent.post(STEPS + "1/approve", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void brokenFieldsAreShownAtTheFieldAndNothingIsSaved() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", PAGE);
        int before = persona.history().size();
        Map<String, String> broken = form("A name far too long for the widget header, by any measure", "kb/nope.png");
        broken.put("toneRules", "Warm and concise.\nTODO write the second rule");
        HttpResponse<String> response = editor.post(PAGE, broken);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(errors(response.body(), "name")).contains("name needs 1 to 40 characters");
        assertThat(errors(response.body(), "avatar")).contains("must be an image shipped under kb/");
        assertThat(errors(response.body(), "toneRules")).contains("line 2: contains placeholder text &#39;TODO&#39;");

        Map<String, String> external = form("Nova", "https://images.example.com/nova.png");
        assertThat(errors(editor.post(PAGE, external).body(), "avatar"))
                .contains("avatar must be one of the shipped avatars [kb/avatar.svg]");
        assertThat(persona.history()).hasSize(before);
    }

    @Test
    void thePreviewShowsTheWidgetHeaderAndTheGreetingWithTheNewName() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", PAGE);
        HttpResponse<String> preview = editor.post(PAGE + "/preview", form("Nova", "kb/avatar.svg"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("\"name\":\"Nova\"").contains("\"avatarUrl\":\"/persona/avatar?v=")
                .contains("Hi, I'm Nova, Northwind's assistant.").contains("\"problems\":[]");
        assertThat(editor.post(PAGE + "/preview", form("", "kb/avatar.svg")).body())
                .contains("\"field\":\"name\"");
    }

    @Test
    void theAuthorCannotApproveTheirOwnPersonaAndThePublishedOneGreetsTheNextCustomer() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", PAGE);
        ConsoleSession admin = ConsoleSession.signIn(port, "admin", "admin-demo", PAGE);
        assertThat(editor.post(PAGE, form("Nova", "kb/avatar.svg")).statusCode()).isEqualTo(302);
        int draft = persona.history().getLast().getRevision();
        assertThat(editor.post(STEPS + draft + "/submit", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> own = editor.post(STEPS + draft + "/approve", Map.of());
        assertThat(own.statusCode()).as("four-eyes").isEqualTo(409);
        assertThat(own.body()).contains("another editor must approve it");
        assertThat(voice.botName()).isEqualTo("Nora");

        int previous = persona.history().stream().filter(r -> r.getStatus().text().equals("published"))
                .findFirst().orElseThrow().getRevision();
        assertThat(admin.post(STEPS + draft + "/approve", Map.of()).statusCode()).isEqualTo(302);
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            Map<String, Object> session = customer.resume(0);
            assertThat(((Map<?, ?>) session.get("bot")).get("name")).isEqualTo("Nova");
            List<?> greeting = (List<?>) session.get("messages");
            assertThat((String) ((Map<?, ?>) greeting.getFirst()).get("text")).contains("Nova")
                    .doesNotContain("Nora");
        }
        assertThat(persona.history()).filteredOn(r -> r.getStatus().text().equals("published"))
                .singleElement().satisfies(r -> assertThat(r.getRevision()).isEqualTo(draft));
        assertThat(persona.history()).filteredOn(r -> r.getRevision() == previous)
                .singleElement().satisfies(r -> assertThat(r.getStatus().text()).isEqualTo("archived"));

        String exported = export.files().get("persona.md");
        assertThat(new PersonaParser().parse("persona.md", exported).name()).isEqualTo("Nova");
        assertThat(new MarkdownWriter().write(new PersonaParser().parse("persona.md", exported))).isEqualTo(exported);

        HttpResponse<String> page = editor.get(PAGE);
        assertThat(page.body()).contains("id=\"preview-name\">Nova<");
        HttpResponse<String> diff = editor.get("/console/editor/persona/persona/diff?from=1&to=" + draft);
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("<tr class=\"change\">").contains("name: Nora").contains("name: Nova");

        assertThat(editor.post(STEPS + "1/roll-back", Map.of()).statusCode()).isEqualTo(302);
        Persona rolledBack = persona.history().getLast().toPersona();
        assertThat(rolledBack).isEqualTo(shipped.persona());
        assertThat(persona.history().getLast().getAuthor()).isEqualTo("editor");
        assertThat(voice.botName()).as("a roll-back is a draft until approved").isEqualTo("Nova");
    }

    /** The shipped persona with another name and avatar, as the form posts it. */
    private Map<String, String> form(String name, String avatar) {
        Persona p = shipped.persona();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("role", p.role());
        form.put("avatar", avatar);
        form.put("toneRules", String.join("\n", p.toneRules()));
        form.put("maxReplyChars", String.valueOf(p.maxReplyChars()));
        form.put("description", p.description());
        return form;
    }

    private static String errors(String page, String field) {
        int start = page.indexOf("data-field=\"" + field + "\"");
        assertThat(start).as("errors at field " + field).isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }
}
