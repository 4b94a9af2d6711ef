package org.shopchat.bot.knowledge;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor area end to end over HTTP and STOMP: permissions, validation at the fields, the review workflow with
 * the four-eyes rule, history with diff and roll-back, and a publish that the chat answers with at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorConsoleTests {

    static final String ARTICLE = "gift-card-balance";
    static final String QUESTION = "How much money is left on my gift card?";

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    void anAgentCannotOpenTheEditorNorSaveNorPublish() throws Exception {
        ConsoleSession agent = ConsoleSession.signIn(port, "agent1", "agent1-demo", "/console");
        assertThat(agent.get("/console/editor").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/editor/articles/" + ARTICLE).statusCode()).isEqualTo(403);
        assertThat(agent.post("/console/editor/articles", form(ARTICLE, "Changed by an agent")).statusCode())
                .isEqualTo(403);
        assertThat(agent.post("/console/editor/articles/" + ARTICLE + "/revisions/1/approve", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(articles.history(ARTICLE)).allSatisfy(a -> assertThat(a.body()).doesNotContain("agent"));
    }

    @Test
    void theListFiltersByStatusIntentTagAndText() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        String all = editor.get("/console/editor").body();
        assertThat(all).contains("data-id=\"" + ARTICLE + "\"").contains("data-id=\"payment-methods\"");
        String giftCards = editor.get("/console/editor?intent=gift_card&tag=gift-cards&q=balance").body();
        assertThat(giftCards).contains("data-id=\"" + ARTICLE + "\"").doesNotContain("data-id=\"payment-methods\"");
        assertThat(editor.get("/console/editor?status=ARCHIVED&q=" + ARTICLE).body())
                .doesNotContain("data-id=\"" + ARTICLE + "\"");
    }

    @Test
    void aSaveThatBreaksContentRulesShowsEachProblemAtItsFieldAndStoresNothing() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        int before = articles.history(ARTICLE).size();
        Map<String, String> broken = Map.of("id", ARTICLE, "title", "Gift card balance",
                "intents", "gift_card\nnot_an_intent", "questions", "Only one question?", "tags", "Gift Cards",
                "body", "## Heading first\n\nSee [nowhere](kb:no-such-article).");
        HttpResponse<String> response = editor.post("/console/editor/articles", broken);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fieldErrors(response.body(), "intents"))
                .contains("line 2: &#39;not_an_intent&#39; is not an intent name");
        assertThat(fieldErrors(response.body(), "questions")).contains("needs 3–6 alternative questions, has 1");
        assertThat(fieldErrors(response.body(), "tags"))
                .contains("tag &#39;Gift Cards&#39; must be lower-kebab-case");
        assertThat(fieldErrors(response.body(), "body"))
                .contains("not a heading, list, quote or table")
                .contains("line 3: link kb:no-such-article does not lead to a published article");
        assertThat(articles.history(ARTICLE)).hasSize(before);
    }

    @Test
    void thePreviewRendersAndSanitisesLikeThePublicPage() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        HttpResponse<String> preview = editor.post("/console/editor/preview", Map.of("body",
                "Use the **gift card page**.\n\nSee [paying](kb:payment-methods) "
                        + "<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>gift card page</strong>").contains("/kb/payment-methods")
                .doesNotContain("<script").doesNotContain("javascript:")
                .contains("\"chatText\":\"Use the gift card page.\"");
    }

    @Test
    void aPublishedRevisionNeedsASecondEditorAndTheChatAnswersWithItAtOnce() throws Exception {
        int shipped = articles.published(ARTICLE).orElseThrow().revision();
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            assertThat(articleIn(ask(customer))).containsEntry("id", ARTICLE).containsEntry("revision", shipped);
        }
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        ConsoleSession admin = ConsoleSession.signIn(port, "admin", "admin-demo", "/console/editor");
        String newAnswer = "Enter the card number and PIN on our gift card balance page to see what is left on it "
                + "and when it expires. Gift cards stay valid for 24 months.";
        assertThat(editor.post("/console/editor/articles", form(ARTICLE, newAnswer)).statusCode()).isEqualTo(302);
        int draft = articles.history(ARTICLE).getLast().revision();
        String base = "/console/editor/articles/" + ARTICLE + "/revisions/" + draft;

        assertThat(admin.post(base + "/approve", Map.of()).statusCode()).as("a draft is not in review").isEqualTo(409);
        assertThat(editor.post(base + "/submit", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> ownApproval = editor.post(base + "/approve", Map.of());
        assertThat(ownApproval.statusCode()).isEqualTo(409);
        assertThat(ownApproval.body()).contains("another editor must approve it (four-eyes rule)");
        assertThat(articles.published(ARTICLE).orElseThrow().revision()).isEqualTo(shipped);

        assertThat(admin.post(base + "/approve", Map.of()).statusCode()).isEqualTo(302);
        assertThat(articles.published(ARTICLE).orElseThrow().revision()).isEqualTo(draft);
        assertThat(knowledge.search(QUESTION, List.of("gift_card"), 1))
                .first().satisfies(hit -> assertThat(hit.revision()).isEqualTo(draft));
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            Map<String, Object> answer = ask(customer);
            assertThat(articleIn(answer)).containsEntry("id", ARTICLE).containsEntry("revision", draft);
            assertThat((String) answer.get("text")).endsWith(newAnswer);
        }
        assertThat(editor.get("/kb/" + ARTICLE).body()).contains("data-revision=\"" + draft + "\"");
    }

    @Test
    void aReviewerRequestsChangesWithACommentAndAnyRevisionCanBeRestoredAsANewOne() throws Exception {
        ConsoleSession editor = ConsoleSession.signIn(port, "editor", "editor-demo", "/console/editor");
        ConsoleSession admin = ConsoleSession.signIn(port, "admin", "admin-demo", "/console/editor");
        String article = "payment-methods";
        int first = articles.history(article).getFirst().revision();
        String changed = "We accept Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Klarna Pay in 3 "
                + "and Northwind e-gift cards. We don't take cash, cheques or bank transfers.";
        editor.post("/console/editor/articles", form(article, changed));
        int draft = articles.history(article).getLast().revision();
        String base = "/console/editor/articles/" + article + "/revisions/" + draft;
        editor.post(base + "/submit", Map.of());

        assertThat(admin.post(base + "/request-changes", Map.of("comment", "Please keep cash on delivery in."))
                .statusCode()).isEqualTo(302);
        assertThat(articles.history(article).getLast().status().text()).isEqualTo("draft");
        String page = editor.get("/console/editor/articles/" + article).body();
        assertThat(page).contains("Please keep cash on delivery in.");

        HttpResponse<String> diff = editor.get("/console/editor/articles/" + article + "/diff?from=" + first
                + "&to=" + draft);
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("<tr class=\"change\">").contains("We don&#39;t take cash, cheques");

        assertThat(editor.post("/console/editor/articles/" + article + "/revisions/" + first + "/roll-back", Map.of())
                .statusCode()).isEqualTo(302);
        List<org.shopchat.kb.Article> history = articles.history(article);
        assertThat(history.getLast().revision()).isEqualTo(draft + 1);
        assertThat(history.getLast().body()).isEqualTo(history.getFirst().body());
        assertThat(history.getLast().status().text()).isEqualTo("draft");
        assertThat(articles.published(article).orElseThrow().revision()).as("customers still see the original")
                .isEqualTo(first);
    }

    private static Map<String, Object> ask(CustomerStompClient customer) throws InterruptedException {
        customer.send(UUID.randomUUID().toString(), QUESTION);
        return customer.nextMessageFrom("BOT");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleIn(Map<String, Object> message) {
        Map<String, Object> attachments = (Map<String, Object>) message.get("attachments");
        assertThat(attachments).as("an article answer: " + message.get("text")).isNotNull();
        return (Map<String, Object>) attachments.get("article");
    }

    /** The article's shipped fields with a new short answer (its first paragraph). */
    private Map<String, String> form(String id, String shortAnswer) {
        org.shopchat.kb.Article current = articles.history(id).getLast();
        String body = current.body();
        int details = body.indexOf("\n\n");
        return Map.of("id", id, "title", current.title(), "intents", String.join("\n", current.intents()),
                "questions", String.join("\n", current.questions()), "tags", String.join(", ", current.tags()),
                "body", shortAnswer + body.substring(details));
    }

    private static String fieldErrors(String page, String field) {
        int start = page.indexOf("data-field=\"" + field + "\"");
        assertThat(start).as("errors shown at field " + field).isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }
}
