package org.shopchat.bot.escalation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shopchat.bot.browser.Browser;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationToken;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.console.handoff.Agent;
import org.shopchat.console.handoff.ClaimResult;
import org.shopchat.console.handoff.HandoffQueue;
import org.shopchat.console.handoff.LiveChat;
import org.shopchat.kb.TemplateKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An agent in a real (headless) browser: signs in, sees an escalation arrive live, claims it, chats, inserts a
 * canned response, sends a suggested article and keeps a note; an editor keeps the canned responses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ConsoleBrowserTests {

    static final Agent PRIYA = new Agent("agent1", "Priya");
    static final String MARKUP = "<img src=x onerror=\"document.title='pwned'\"><b>bold?</b>";

    @LocalServerPort
    int port;
    @Autowired
    Escalation escalation;
    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveChat chat;
    @Autowired
    HandoffQueue queue;
    @Autowired
    BotVoice voice;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        EscalationTestSupport.emptyQueue(jdbc);
        driver = Browser.start(1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // Pages re-render lists on live updates and navigate after sign-in: an element found a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void agentSignsInSeesAnEscalationArriveLiveClaimsItAndReplies() throws Exception {
        driver.get("http://localhost:" + port + "/console");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.id("username")).sendKeys("agent1");
        driver.findElement(By.id("password")).sendKeys("agent1-demo");
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> "queue".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
        assertThat(driver.findElement(By.id("presence")).getText()).isEqualTo("online");

        try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
            String token = (String) customer.resume(0).get("token");
            UUID id = jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                    new ConversationToken(token).hash());
            // Queued first, with known reasons; the customer's message then arrives while they wait.
            List<EscalationReason> reasons = List.of(EscalationReason.CUSTOMER_ASKED, EscalationReason.NEGATIVE_EMOTION);
            HandoffOutcome.Queued queued = (HandoffOutcome.Queued) escalation.requestHandoff(id, reasons, false);
            escalation.replyFor(queued, reasons, 0).ifPresent(reply -> conversations.postFromBot(id, reply));
            customer.send("b-1", MARKUP);
            customer.nextMessageFrom("CUSTOMER");

            WebElement row = wait.until(d -> d.findElement(By.cssSelector("#waiting tr[data-id='" + queued.handoffId() + "']")));
            assertThat(row.getText()).contains("CUSTOMER_ASKED, NEGATIVE_EMOTION").contains("distressed");
            Browser.screenshot(driver, "console-queue");

            row.findElement(By.cssSelector("button.claim")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/console/handoffs/" + queued.handoffId()));
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            assertThat(texts("#transcript .line.customer .text")).contains(MARKUP);
            assertThat(driver.findElements(By.cssSelector("#transcript img"))).as("customer markup stays text").isEmpty();
            assertThat(driver.findElement(By.id("reasons")).getText()).isEqualTo("CUSTOMER_ASKED, NEGATIVE_EMOTION");

            // Typing shows both ways: the customer's in the console, Priya's in the customer's widget.
            customer.sendRaw("/app/chat.typing", "application/json", "{\"active\":true}".getBytes(StandardCharsets.UTF_8));
            wait.until(d -> d.findElement(By.id("customer-typing")).isDisplayed());
            WebElement reply = driver.findElement(By.id("reply"));
            reply.sendKeys("Hello, I'm Priya");
            assertThat(nextTypingFrom(customer, "AGENT")).containsEntry("author", "Priya").containsEntry("active", true);
            reply.sendKeys(" and I'll sort this out.");
            reply.sendKeys(Keys.ENTER);
            Map<String, Object> fromAgent = customer.nextMessageFrom("AGENT");
            assertThat(fromAgent).containsEntry("author", "Priya").containsEntry("text", "Hello, I'm Priya and I'll sort this out.");
            wait.until(d -> texts("#transcript .line.agent .text").contains("Hello, I'm Priya and I'll sort this out."));

            customer.send("b-2", "Thank you! It's order NW-100001.");
            wait.until(d -> texts("#transcript .line.customer .text").contains("Thank you! It's order NW-100001."));
            assertThat(driver.getTitle()).doesNotContain("pwned");
            Browser.screenshot(driver, "console-chat");

            // A canned response goes into the reply box, where Priya could adapt it, and is sent as her message.
            new Select(driver.findElement(By.id("canned"))).selectByVisibleText("Anything else");
            driver.findElement(By.id("insert-canned")).click();
            String canned = driver.findElement(By.id("reply")).getDomProperty("value");
            assertThat(canned).isEqualTo("Is there anything else I can help you with today?");
            driver.findElement(By.id("reply")).sendKeys(Keys.ENTER);
            assertThat(customer.nextMessageFrom("AGENT")).containsEntry("text", canned);

            // The customer's new question brings suggested articles; one click sends the best as Priya's message.
            customer.send("b-3", "how do I return an item?");
            long questionSeq = ((Number) customer.nextMessageFrom("CUSTOMER").get("seq")).longValue();
            // Once the dialogue has read the question (its intent ranks the articles), the page lists the same ones.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from turn where conversation_id = ? and message_seq = ?", Integer.class, id, questionSeq) == 1);
            driver.navigate().refresh();
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            String articleId = chat.suggestedArticles(queued.handoffId(), PRIYA).getFirst().articleId();
            // The list is rendered again whenever the customer writes: look it up afresh until the click lands.
            By best = By.cssSelector("#suggestions li:first-child[data-article='" + articleId + "'] button.send-article");
            wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(best).isDisplayed());
            Browser.screenshot(driver, "console-suggestions");
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(best).click();
                return true;
            });
            Map<String, Object> article = customer.nextMessageFrom("AGENT");
            assertThat(article).containsEntry("author", "Priya");
            assertThat(((Map<?, ?>) ((Map<?, ?>) article.get("attachments")).get("article")).get("url"))
                    .isEqualTo("/kb/" + articleId);
            wait.until(d -> texts("#transcript .line.agent .text").contains((String) article.get("text")));

            // An internal note is shown to agents only.
            driver.findElement(By.id("internal-note-text")).sendKeys("Customer prefers e-mail follow-up");
            driver.findElement(By.id("add-internal-note")).click();
            wait.until(d -> texts("#internal-notes .text").contains("Customer prefers e-mail follow-up"));
            assertThat(customer.drain()).noneMatch(e -> String.valueOf(e.get("text")).contains("e-mail follow-up"));
            Browser.screenshot(driver, "console-chat-tools");
        }
    }

    @Test
    void aChatTransferredToAColleagueArrivesOnTheirQueuePageLiveWithTheNotes() throws Exception {
        ChromeDriver tom = Browser.start(1280, 900);
        try {
            WebDriverWait tomWaits = new WebDriverWait(tom, Duration.ofSeconds(15));
            tomWaits.ignoring(StaleElementReferenceException.class);
            signIn(tom, tomWaits, "agent2", "agent2-demo");
            tomWaits.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-live")));
            signIn(driver, wait, "agent1", "agent1-demo");
            try (CustomerStompClient customer = CustomerStompClient.connect(port, null)) {
                String token = (String) customer.resume(0).get("token");
                UUID id = jdbc.queryForObject("select id from conversation where token_hash = ?", UUID.class,
                        new ConversationToken(token).hash());
                UUID handoff = ((HandoffOutcome.Queued) escalation.requestHandoff(id,
                        List.of(EscalationReason.SENSITIVE_TOPIC), false)).handoffId();
                assertThat(queue.claim(handoff, PRIYA)).isInstanceOf(ClaimResult.Claimed.class);
                driver.get("http://localhost:" + port + "/console/handoffs/" + handoff);
                driver.findElement(By.id("internal-note-text")).sendKeys("Wants a call back after 5pm");
                driver.findElement(By.id("add-internal-note")).click();
                wait.until(d -> texts("#internal-notes .text").contains("Wants a call back after 5pm"));

                new Select(driver.findElement(By.id("transfer-to"))).selectByVisibleText("Tom");
                driver.findElement(By.id("transfer")).click();
                wait.until(d -> d.getCurrentUrl().endsWith("/console"));
                assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Transferred to Tom.");

                WebElement arrived = tomWaits.until(d -> d.findElement(By.cssSelector("#mine a[href$='" + handoff + "']")));
                assertThat(arrived.getText()).isEqualTo("Transferred to you by Priya");
                assertThat(tom.findElement(By.id("no-chats")).isDisplayed()).isFalse();
                Browser.screenshot(tom, "console-transferred-queue");
                arrived.click();
                tomWaits.until(d -> d.getCurrentUrl().endsWith("/console/handoffs/" + handoff));
                assertThat(tom.findElements(By.cssSelector("#internal-notes .text")).stream().map(WebElement::getText)
                        .toList()).containsExactly("Wants a call back after 5pm");
                customer.nextMessageFrom("BOT");
                assertThat((String) customer.nextMessageFrom("BOT").get("text"))
                        .isEqualTo(voice.say(TemplateKey.AGENT_JOINED, Map.of("agentName", "Tom"), 1).text());
                assertThat(customer.drain()).noneMatch(e -> String.valueOf(e.get("text")).contains("call back after 5pm"));
                Browser.screenshot(tom, "console-transferred-chat");
            }
        } finally {
            tom.quit();
        }
    }

    private void signIn(ChromeDriver browser, WebDriverWait waits, String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waits.until(d -> "queue".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }

    @Test
    void anEditorKeepsTheCannedResponsesAgentsUse() throws Exception {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("editor");
        driver.findElement(By.id("password")).sendKeys("editor-demo");
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
        driver.get("http://localhost:" + port + "/console/canned");
        wait.until(d -> "canned".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
        assertThat(driver.findElement(By.id("nav-canned")).isDisplayed()).isTrue();

        String title = "Size exchange " + UUID.randomUUID().toString().substring(0, 8);
        driver.findElement(By.id("new-title")).sendKeys(title);
        driver.findElement(By.id("new-text")).sendKeys("I've arranged the exchange for the next size up.");
        driver.findElement(By.id("add-canned")).click();
        wait.until(d -> d.findElement(By.cssSelector(".notice")).getText().equals("Canned response added."));
        assertThat(driver.findElements(By.cssSelector("article.ticket input[name=title]")).stream()
                .map(i -> i.getDomProperty("value")).toList()).contains(title);
        Browser.screenshot(driver, "console-canned");
        jdbc.update("delete from canned_response where title = ?", title);
    }

    /** The next typing indicator of {@code sender}, skipping the bot's; fails after the client's bounded wait. */
    private static Map<String, Object> nextTypingFrom(CustomerStompClient customer, String sender) throws InterruptedException {
        while (true) {
            Map<String, Object> typing = customer.next("typing");
            if (sender.equals(typing.get("sender"))) {
                return typing;
            }
        }
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
