package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer's question answered from the knowledge base over STOMP, with provenance and feedback stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleAnswerStompTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    void questionGetsAnArticleAnswerWithProvenanceAndFeedbackIsStored() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            String questionId = java.util.UUID.randomUUID().toString();
            customer.send(questionId, "what payment methods do you accept?");
            Map<String, Object> answer = customer.nextMessageFrom("BOT");

            Map<?, ?> attachments = (Map<?, ?>) answer.get("attachments");
            assertThat(attachments).as("article answer attachments").isNotNull();
            Map<?, ?> article = (Map<?, ?>) attachments.get("article");
            String articleId = (String) article.get("id");
            assertThat((String) article.get("url")).isEqualTo("/kb/" + articleId);
            List<Object> actions = ((List<?>) attachments.get("quickReplies")).stream()
                    .map(r -> ((Map<?, ?>) r).get("action")).map(Object.class::cast).toList();
            assertThat(actions).containsExactly("feedback", "feedback");

            long seq = ((Number) answer.get("seq")).longValue();
            Map<String, Object> stored = jdbc.queryForMap(
                    "select act, article_id, article_revision, intent, confidence, retrieval_score, template_id "
                            + "from message where seq = ? and conversation_id = "
                            + "(select conversation_id from message where client_message_id = ?)", seq, questionId);
            assertThat(stored.get("ACT")).isEqualTo("ARTICLE_ANSWER");
            assertThat(stored.get("ARTICLE_ID")).isEqualTo(articleId);
            assertThat(stored.get("INTENT")).isEqualTo("check_payment_methods");
            assertThat(stored.get("CONFIDENCE")).isNotNull();
            assertThat(stored.get("RETRIEVAL_SCORE")).isNotNull();
            assertThat(stored.get("TEMPLATE_ID")).isEqualTo("article-lead-in");

            int revision = ((Number) article.get("revision")).intValue();
            long helpfulBefore = knowledge.feedback(articleId).helpful();
            customer.sendRaw("/app/chat.feedback", "application/json",
                    ("{\"seq\":" + seq + ",\"helpful\":true}").getBytes());
            Map<String, Object> thanks = customer.nextMessageFrom("BOT");
            assertThat((String) thanks.get("text")).isNotBlank();
            assertThat(knowledge.feedback(articleId).revisions())
                    .anySatisfy(r -> assertThat(r.revision()).isEqualTo(revision));
            assertThat(knowledge.feedback(articleId).helpful()).isEqualTo(helpfulBefore + 1);
        }
    }

    @Test
    void feedbackOnAMessageThatIsNoArticleAnswerIsRefused() throws Exception {
        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            customer.resume(0);
            customer.sendRaw("/app/chat.feedback", "application/json", "{\"seq\":1,\"helpful\":false}".getBytes());
            assertThat(customer.next("error")).containsEntry("code", "malformed");
            customer.sendRaw("/app/chat.feedback", "application/json", "{\"seq\":999,\"helpful\":true}".getBytes());
            assertThat(customer.next("error")).containsEntry("code", "malformed");
        }
    }
}
