package org.shopchat.bot.chat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.shopchat.bot.orders.CustomerId;
import org.shopchat.bot.orders.CustomerTokenIssuer;
import org.shopchat.bot.orders.OrderAdmin;
import org.shopchat.bot.orders.OrderStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** "Where is my order?" over STOMP against the demo orders of docs/demo-shop.md. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderStatusStompTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderAdmin orderAdmin;

    @Test
    void asksForTheOrderNumberAndIdentityThenShowsTheStatusCard() throws Exception {
        try (Customer customer = new Customer()) {
            assertThat(customer.say("where is my order?")).isEqualTo("ask-order-number");
            assertThat(customer.say("it's NW-100001")).isEqualTo("ask-order-verification");
            assertThat(customer.say("alice@example.com")).isEqualTo("order-status-shipped");
            Map<?, ?> card = (Map<?, ?>) ((Map<?, ?>) customer.lastReply.get("attachments")).get("order");
            assertThat(card.get("orderNumber")).isEqualTo("NW-100001");
            assertThat((List<?>) card.get("timeline")).isNotEmpty();
            assertThat(card.get("carrier")).isNotNull();

            assertThat(customer.say("and when will it arrive?")).isEqualTo("order-status-shipped");
        }
    }

    @Test
    void aPostcodeInTheFirstMessageIsEnoughAndADelayedOrderGetsReassurance() throws Exception {
        try (Customer customer = new Customer()) {
            assertThat(customer.say("where's my parcel? order nw100002, postcode SW1A 1AA"))
                    .isEqualTo("order-delayed-reassurance");
        }
    }

    @Test
    void anUnknownOrderAndWrongDetailsGetTheSameAnswerAndThreeFailuresLock() throws Exception {
        try (Customer customer = new Customer()) {
            customer.say("track my order NW-100013");
            assertThat(customer.say("alice@example.com")).isEqualTo("order-verification-failed");
            String unknownOrderText = (String) customer.lastReply.get("text");

            customer.say("track my order NW-100001");
            assertThat(customer.say("mallory@example.com")).isEqualTo("order-verification-failed");
            assertThat(customer.lastReply.get("attachments")).isNull();
            assertThat(unknownOrderText).doesNotContain("exist");

            assertThat(customer.say("eve@example.com")).isEqualTo("order-verification-locked");
            assertThat(customer.say("track my order NW-100001 alice@example.com")).isEqualTo("order-verification-locked");
        }
    }

    @Test
    void aMalformedOrderNumberIsExplained() throws Exception {
        try (Customer customer = new Customer()) {
            customer.say("where is my order");
            assertThat(customer.say("12345")).isEqualTo("order-number-invalid");
        }
    }

    @Test
    void aCustomerTheShopIdentifiedIsGreetedByNameAndSeesOwnOrdersWithoutTheCheck() throws Exception {
        String signed = new CustomerTokenIssuer(CustomerTokenIssuer.DEMO_SECRET)
                .issue(new CustomerId("C-100001"), Instant.now().plus(Duration.ofHours(1)));
        try (Customer alice = new Customer(signed)) {
            assertThat(alice.greeting).contains("Alice");
            assertThat(alice.say("where is my order NW-100001?")).isEqualTo("order-status-shipped");
            assertThat(alice.say("and where is NW-100020?")).isEqualTo("ask-order-verification");
        }
    }

    @Test
    void aForgedCustomerTokenIsIgnoredAndTheChatGoesOnAnonymously() throws Exception {
        String forged = new CustomerTokenIssuer("some-other-secret-that-is-long-enough-1234")
                .issue(new CustomerId("C-100001"), Instant.now().plus(Duration.ofHours(1)));
        try (Customer stranger = new Customer(forged)) {
            assertThat(stranger.greeting).doesNotContain("Alice");
            assertThat(stranger.say("where is my order NW-100001?")).isEqualTo("ask-order-verification");
        }
    }

    @Test
    void aCustomerFollowingAnOrderIsToldAtOnceWhenItsStatusChanges() throws Exception {
        try (Customer customer = new Customer()) {
            customer.say("where is order NW-100004");
            assertThat(customer.say("SW1A 1AA")).startsWith("order-status");
            orderAdmin.advance("NW-100004", OrderStatus.PACKING);
            Map<String, Object> update = customer.client.nextMessageFrom("BOT");
            assertThat((String) update.get("text")).contains("NW-100004");
        }
    }

    @Test
    void cancellingNeedsAnExplicitYesAndChargesThePolicyFee() throws Exception {
        try (Customer customer = new Customer()) {
            assertThat(customer.say("I want to cancel my order NW-100005")).isEqualTo("ask-order-verification");
            assertThat(customer.say("SW1A 1AA")).isEqualTo("cancel-confirm");
            assertThat((String) customer.lastReply.get("text")).contains("£2.95");
            assertThat(customer.say("no")).isEqualTo("cancel-kept");
            assertThat(jdbc.queryForObject("select status from customer_order where order_number = 'NW-100005'",
                    String.class)).isEqualTo("PACKING");

            assertThat(customer.say("actually please cancel order NW-100005")).isEqualTo("cancel-confirm");
            assertThat(customer.say("yes")).isEqualTo("cancel-done");
            assertThat(jdbc.queryForObject("select status from customer_order where order_number = 'NW-100005'",
                    String.class)).isEqualTo("CANCELLED");
        }
    }

    @Test
    void aShippedOrderCannotBeCancelled() throws Exception {
        try (Customer customer = new Customer()) {
            customer.say("cancel NW-100001 please");
            assertThat(customer.say("alice@example.com")).isEqualTo("cancel-not-possible");
        }
    }

    @Test
    void theDeliveryAddressOfAnOrderNotYetShippedCanBeChanged() throws Exception {
        try (Customer bob = new Customer()) {
            assertThat(bob.say("I need to change the delivery address on NW-100021")).isEqualTo("ask-order-verification");
            assertThat(bob.say("bob@example.com")).isEqualTo("address-change-ask");
            assertThat(bob.say("14 Canal Street, Flat 3, Manchester, M1 3HW")).isEqualTo("address-change-done");
            assertThat((String) bob.lastReply.get("text")).contains("14 Canal Street");
        }
    }

    @Test
    void refundStatusIsShownForAVerifiedOrder() throws Exception {
        try (Customer customer = new Customer()) {
            assertThat(customer.say("where is my refund for NW-100008?")).isEqualTo("ask-order-verification");
            assertThat(customer.say("alice@example.com")).isEqualTo("refund-status");
        }
    }

    /** A customer who checks, after each message, which template the bot's answer came from. */
    private final class Customer implements AutoCloseable {
        private final CustomerStompClient client;
        final String greeting;
        Map<String, Object> lastReply;

        Customer() throws Exception {
            this(null);
        }

        Customer(String customerToken) throws Exception {
            client = CustomerStompClient.connect(port, null, customerToken);
            List<?> messages = (List<?>) client.resume(0).get("messages");
            greeting = (String) ((Map<?, ?>) messages.get(0)).get("text");
        }

        String say(String text) throws InterruptedException {
            String id = UUID.randomUUID().toString();
            client.send(id, text);
            lastReply = client.nextMessageFrom("BOT");
            return jdbc.queryForObject("select template_id from message where seq = ? and conversation_id = "
                    + "(select conversation_id from message where client_message_id = ?)", String.class,
                    ((Number) lastReply.get("seq")).longValue(), id);
        }

        @Override
        public void close() {
            client.close();
        }
    }
}
