package org.shopchat.bot.analytics;

import org.junit.jupiter.api.Test;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.kb.KnowledgeContent;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The satisfaction survey as any STOMP client sees it (docs/protocol.md): ending the chat offers it, a rating of 1..5
 * with a short comment is stored once, everything else gets a clear error and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyStompTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    /** The shipped variants of the templates the survey speaks with (kb-content templates/csat-*.md, goodbye.md). */
    static final List<String> CSAT_PROMPT = variants(TemplateKey.CSAT_PROMPT);
    static final List<String> CSAT_THANKS = variants(TemplateKey.CSAT_THANKS);
    static final List<String> GOODBYE = variants(TemplateKey.GOODBYE);

    private static List<String> variants(TemplateKey key) {
        return KnowledgeContent.loadFromClasspath().texts().template(key).variants().stream()
                .map(v -> v.replace("{botName}", "Nora")).toList();
    }

    @Test
    void endingABotOnlyChatOffersTheBotSurveyAndStoresTheRatingOnce() throws Exception {
        try (CustomerStompClient customer = chatted()) {
            String surveyId = endChat(customer);
            survey(customer, "{\"surveyId\":\"" + surveyId + "\",\"rating\":4,\"comment\":\"quick and clear\"}");
            Map<String, Object> closed = customer.next("survey_closed");
            assertThat(closed).containsEntry("surveyId", surveyId).containsEntry("status", "ANSWERED");
            assertThat(CSAT_THANKS).as("the thanks is an editor-approved variant").contains((String) closed.get("thanks"));
            assertThat(stored(surveyId)).containsEntry("STATUS", "ANSWERED").containsEntry("RATING", 4)
                    .containsEntry("COMMENT", "quick and clear").containsEntry("PHASE", "BOT");

            survey(customer, "{\"surveyId\":\"" + surveyId + "\",\"rating\":1}");
            assertThat(customer.next("error")).containsEntry("code", "survey_closed");
            assertThat(stored(surveyId)).as("the first answer stands").containsEntry("RATING", 4);

            customer.sendRaw("/app/chat.end", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
            Map<String, Object> ended = customer.next("ended");
            assertThat(ended).as("one bot survey per conversation").doesNotContainKey("survey");
            assertThat(GOODBYE).as("without a survey the bot says goodbye").contains((String) ended.get("text"));
        }
    }

    @Test
    void refusesRatingsOutsideOneToFiveAndNonNumbers() throws Exception {
        try (CustomerStompClient customer = chatted()) {
            String surveyId = endChat(customer);
            for (String rating : new String[]{"0", "6", "\"five\"", "4.5", "null", "true"}) {
                survey(customer, "{\"surveyId\":\"" + surveyId + "\",\"rating\":" + rating + "}");
                assertThat(customer.next("error")).as("rating " + rating)
                        .containsEntry("code", "survey_invalid_rating").containsKey("text");
            }
            assertThat(stored(surveyId)).containsEntry("STATUS", "OFFERED").containsEntry("RATING", null);
        }
    }

    @Test
    void refusesAnOverLongCommentAndMalformedFrames() throws Exception {
        try (CustomerStompClient customer = chatted()) {
            String surveyId = endChat(customer);
            survey(customer, "{\"surveyId\":\"" + surveyId + "\",\"rating\":3,\"comment\":\"" + "x".repeat(501) + "\"}");
            assertThat(customer.next("error")).containsEntry("code", "survey_comment_too_long");
            survey(customer, "{\"surveyId\":\"not-a-survey\",\"rating\":3}");
            assertThat(customer.next("error")).containsEntry("code", "malformed");
            survey(customer, "not json");
            assertThat(customer.next("error")).containsEntry("code", "malformed");
            assertThat(stored(surveyId)).containsEntry("STATUS", "OFFERED");

            survey(customer, "{\"surveyId\":\"" + surveyId + "\",\"rating\":3,\"comment\":\"" + "x".repeat(500) + "\"}");
            assertThat(customer.next("survey_closed")).containsEntry("status", "ANSWERED");
        }
    }

    @Test
    void anotherConversationsSurveyIsUnknownHere() throws Exception {
        try (CustomerStompClient alice = chatted(); CustomerStompClient bob = chatted()) {
            String bobsSurvey = endChat(bob);
            survey(alice, "{\"surveyId\":\"" + bobsSurvey + "\",\"rating\":1,\"comment\":\"bad\"}");
            assertThat(alice.next("error")).containsEntry("code", "survey_unknown");
            assertThat(stored(bobsSurvey)).containsEntry("STATUS", "OFFERED").containsEntry("COMMENT", null);
        }
    }

    @Test
    void aSkipClosesTheSurveyWithoutARatingAndAReconnectNoLongerShowsIt() throws Exception {
        String token;
        String surveyId;
        try (CustomerStompClient customer = chatted()) {
            token = (String) customer.resume(0).get("token");
            surveyId = endChat(customer);
        }
        try (CustomerStompClient again = CustomerStompClient.connect(port, token)) {
            Map<String, Object> session = again.resume(0);
            assertThat(session).as("an open survey comes back with the session").containsKey("survey");
            survey(again, "{\"surveyId\":\"" + surveyId + "\",\"skip\":true}");
            assertThat(again.next("survey_closed")).containsEntry("status", "SKIPPED");
            assertThat(stored(surveyId)).containsEntry("STATUS", "SKIPPED").containsEntry("RATING", null);
            assertThat(again.resume(0)).doesNotContainKey("survey");
        }
    }

    /** A customer who asked the bot something (a survey is due only after the customer wrote). */
    private CustomerStompClient chatted() throws Exception {
        CustomerStompClient customer = CustomerStompClient.connect(port, null);
        customer.resume(0);
        customer.send("c1", "what payment methods do you take?");
        customer.nextMessageFrom("BOT");
        return customer;
    }

    @SuppressWarnings("unchecked")
    private static String endChat(CustomerStompClient customer) throws InterruptedException {
        customer.sendRaw("/app/chat.end", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> ended = customer.next("ended");
        Map<String, Object> survey = (Map<String, Object>) ended.get("survey");
        assertThat(survey).containsEntry("type", "survey").containsEntry("phase", "BOT")
                .containsEntry("commentMaxChars", 500);
        assertThat(CSAT_PROMPT).as("the question is an editor-approved variant").contains((String) survey.get("question"));
        return (String) survey.get("surveyId");
    }

    private static void survey(CustomerStompClient customer, String json) {
        customer.sendRaw("/app/chat.survey", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> stored(String surveyId) {
        return jdbc.queryForMap("select phase, status, rating, comment from survey where id = ?",
                java.util.UUID.fromString(surveyId));
    }
}
