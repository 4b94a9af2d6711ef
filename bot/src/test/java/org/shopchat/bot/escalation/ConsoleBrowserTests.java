package org.shopchat.bot.escalation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shopchat.bot.browser.Browser;
import org.shopchat.bot.chat.CustomerStompClient;
import org.shopchat.bot.conversation.ConversationService;
import org.shopchat.bot.conversation.ConversationToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An agent in a real (headless) browser: signs in, sees an escalation arrive live, claims it and chats. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:org/shopchat/bot/escalation/always-open.properties")
class ConsoleBrowserTests {

    static final String MARKUP = "<img src=x onerror=\"document.title='pwned'\"><b>bold?</b>";

    @LocalServerPort
    int port;
    @Autowired
    Escalation escalation;
    @Autowired
    ConversationService conversations;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        EscalationTestSupport.emptyQueue(jdbc);
        driver = Browser.start(1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
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

            WebElement reply = driver.findElement(By.id("reply"));
            reply.sendKeys("Hello, I'm Priya and I'll sort this out.");
            reply.sendKeys(Keys.ENTER);
            Map<String, Object> fromAgent = customer.nextMessageFrom("AGENT");
            assertThat(fromAgent).containsEntry("author", "Priya").containsEntry("text", "Hello, I'm Priya and I'll sort this out.");
            wait.until(d -> texts("#transcript .line.agent .text").contains("Hello, I'm Priya and I'll sort this out."));

            customer.send("b-2", "Thank you! It's order NW-100001.");
            wait.until(d -> texts("#transcript .line.customer .text").contains("Thank you! It's order NW-100001."));
            assertThat(driver.getTitle()).doesNotContain("pwned");
            Browser.screenshot(driver, "console-chat");
        }
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
