package org.shopchat.bot.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.CustomerInput;
import org.shopchat.bot.conversation.MessageView;
import org.shopchat.bot.conversation.OpenedConversation;
import org.shopchat.bot.conversation.Reception;
import org.shopchat.bot.conversation.Sender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted conversations through the whole pipeline (NLU, policy, knowledge base, orders, escalation, persona) on
 * the demo data: each customer line is followed by the act or template the bot must answer with.
 * Expectations name a template id ({@code order-status-shipped}) or, prefixed with {@code act:}, a dialogue act.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConversationScenarioTests {

    @Autowired
    ConversationService conversations;

    record Scenario(String name, List<String> lines, List<String> expected, CustomerInput.Choice firstChoice) {
        Scenario(String name, List<String> lines, List<String> expected) {
            this(name, lines, expected, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("greeting", List.of("hi"), List.of("greeting")),
                new Scenario("thanks", List.of("thanks a lot"), List.of("thanks-reply")),
                new Scenario("goodbye", List.of("bye for now"), List.of("goodbye")),
                new Scenario("trivia is out of scope", List.of("what's the capital of France?"), List.of("out-of-scope")),
                new Scenario("a joke is out of scope", List.of("tell me a joke about penguins"), List.of("out-of-scope")),
                new Scenario("delivery times from the KB", List.of("how long does standard delivery take?"),
                        List.of("act:ARTICLE_ANSWER")),
                new Scenario("returns from the KB", List.of("how do I send something back to you?"),
                        List.of("act:ARTICLE_ANSWER")),
                new Scenario("payment methods from the KB", List.of("can I pay with paypal?"), List.of("act:ARTICLE_ANSWER")),
                new Scenario("gift cards from the KB", List.of("how do I check the balance on my gift card"),
                        List.of("act:ARTICLE_ANSWER")),
                new Scenario("password from the KB", List.of("I forgot my password and can't log in"),
                        List.of("act:ARTICLE_ANSWER")),
                new Scenario("newsletter from the KB", List.of("how do I stop your newsletter emails"),
                        List.of("act:ARTICLE_ANSWER")),
                new Scenario("order status step by step", List.of("where is my order", "NW-100001", "alice@example.com"),
                        List.of("ask-order-number", "ask-order-verification", "order-status-shipped")),
                new Scenario("order status in one line", List.of("where is NW-100003? my email is alice@example.com"),
                        List.of("order-delivered")),
                new Scenario("delayed order gets reassurance", List.of("status of NW-100002 postcode SW1A 1AA"),
                        List.of("order-delayed-reassurance")),
                new Scenario("a cancelled order says so", List.of("where is order NW-100012 alice@example.com"),
                        List.of("order-cancelled")),
                new Scenario("wrong details, then right ones",
                        List.of("track NW-100001", "wrong@example.com", "alice@example.com"),
                        List.of("ask-order-verification", "order-verification-failed", "order-status-shipped")),
                new Scenario("a malformed order number is explained", List.of("where is my order", "12345"),
                        List.of("ask-order-number", "order-number-invalid")),
                new Scenario("someone else's order stays closed", List.of("track NW-100020", "alice@example.com"),
                        List.of("ask-order-verification", "order-verification-failed")),
                new Scenario("three wrong answers lock the checks",
                        List.of("track NW-100001", "a@example.com", "b@example.com", "c@example.com",
                                "track NW-100001 for alice@example.com"),
                        List.of("ask-order-verification", "order-verification-failed", "order-verification-failed",
                                "order-verification-locked", "order-verification-locked")),
                new Scenario("a delivered order cannot be cancelled", List.of("cancel NW-100003", "SW1A 1AA"),
                        List.of("ask-order-verification", "cancel-not-possible")),
                new Scenario("cancelling is not done without a yes",
                        List.of("cancel my order NW-100004", "alice@example.com", "no, keep it"),
                        List.of("ask-order-verification", "cancel-confirm", "cancel-kept")),
                new Scenario("personalised items cannot be cancelled", List.of("cancel NW-100011", "alice@example.com"),
                        List.of("ask-order-verification", "cancel-not-possible")),
                new Scenario("no refund on an order without one", List.of("where is my refund for NW-100001", "alice@example.com"),
                        List.of("ask-order-verification", "refund-none")),
                new Scenario("a requested refund is reported", List.of("what's happening with the refund for NW-100010",
                        "alice@example.com"), List.of("ask-order-verification", "refund-status")),
                new Scenario("a shipped order's address cannot change",
                        List.of("change the delivery address for NW-100001", "alice@example.com"),
                        List.of("ask-order-verification", "address-change-not-possible")),
                new Scenario("an address change asks for the new address",
                        List.of("I need to change the delivery address on NW-100021", "bob@example.com",
                                "22 Mill Lane, Leeds, LS6 2AB"),
                        List.of("ask-order-verification", "address-change-ask", "address-change-done")),
                new Scenario("a follow-up refers to the order already discussed",
                        List.of("where is NW-100001 alice@example.com", "when will it arrive?"),
                        List.of("order-status-shipped", "order-status-shipped")),
                new Scenario("details that proved one order verify the customer's next one",
                        List.of("where is NW-100001 alice@example.com", "and what about NW-100003?"),
                        List.of("order-status-shipped", "order-delivered")),
                new Scenario("proven details are not tried as a miss on someone else's order",
                        List.of("where is NW-100001 alice@example.com", "and NW-100020?", "bob@example.com"),
                        List.of("order-status-shipped", "ask-order-verification", "order-status-shipped")),
                new Scenario("a bare order number starts the order check", List.of("NW-100001"),
                        List.of("ask-order-verification")),
                new Scenario("asking for a person hands over at once", List.of("I want to speak to a real person"),
                        List.of("act:HANDOVER.*")),
                new Scenario("an upset customer is handed over",
                        List.of("this is the third time I ask and nobody helps, absolutely USELESS, I will sue you"),
                        List.of("act:HANDOVER.*")),
                new Scenario("a topic button is taken as its intent", List.of("Delivery"), List.of("act:ARTICLE_ANSWER"),
                        new CustomerInput.Choice("intent", "delivery_period")),
                new Scenario("small talk before the question",
                        List.of("hello", "how do I return a jumper that doesn't fit?"),
                        List.of("greeting", "act:ARTICLE_ANSWER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void botAnswersAsScripted(Scenario scenario) {
        OpenedConversation conversation = conversations.open(Optional.empty());
        conversations.resume(conversation.id(), 0);
        for (int i = 0; i < scenario.lines().size(); i++) {
            CustomerInput.Choice choice = i == 0 ? scenario.firstChoice() : null;
            Reception reception = conversations.accept(conversation.id(),
                    new CustomerInput(UUID.randomUUID().toString(), scenario.lines().get(i), choice));
            conversations.answer(conversation.id(), reception.message().seq());
            MessageView reply = lastBotMessage(conversation.id(), reception.message().seq());
            String expected = scenario.expected().get(i);
            String line = "after \"" + scenario.lines().get(i) + "\"";
            if (expected.startsWith("act:")) {
                assertThat(reply.provenance().act()).as(line).matches(expected.substring(4));
            } else {
                assertThat(reply.provenance().templateId()).as(line).isEqualTo(expected);
            }
        }
    }

    private MessageView lastBotMessage(UUID conversationId, long afterSeq) {
        List<MessageView> replies = conversations.history(conversationId).stream()
                .filter(m -> m.seq() > afterSeq && m.sender() == Sender.BOT).toList();
        assertThat(replies).as("the bot answered").isNotEmpty();
        return replies.getFirst();
    }
}
