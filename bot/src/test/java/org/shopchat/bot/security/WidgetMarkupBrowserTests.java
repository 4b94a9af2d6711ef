package org.shopchat.bot.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shopchat.bot.browser.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.shopchat.bot.browser.Browser;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, cross-site scripting in the widget: markup typed by the customer and markup sent by an agent are shown as
 * text in a real browser, under the page's Content-Security-Policy, and nothing in them runs. (Customer markup in the
 * agent console: ConsoleBrowserTests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetMarkupBrowserTests {

    static final String MARKUP = "<img src=x onerror=\"window.xssFired=1;document.title='pwned'\">"
            + "<script>window.xssFired=2</script><b>bold?</b>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConversationService conversations;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1024, 768, Duration.ofSeconds(15));

    @Test
    void markupFromTheCustomerAndFromAnAgentIsShownAsTextAndNeverRuns() throws Exception {
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = browser.waits().until(d -> {
            WebElement area = widget().findElement(By.cssSelector("textarea"));
            return area.isDisplayed() ? area : null;
        });
        browser.waits().until(d -> widget().findElements(By.cssSelector(".msg.bot")).size() == 1);

        input.sendKeys(MARKUP);
        input.sendKeys(Keys.ENTER);
        browser.waits().until(d -> widget().findElements(By.cssSelector(".msg.customer.pending")).isEmpty()
                && !widget().findElements(By.cssSelector(".msg.customer")).isEmpty());
        UUID conversation = jdbc.queryForObject("select conversation_id from message where text = ?", UUID.class, MARKUP);

        conversations.postFromAgent(conversation, "Priya", MARKUP);
        browser.waits().until(d -> !widget().findElements(By.cssSelector(".msg.agent")).isEmpty());

        assertThat(texts(".msg.customer")).containsExactly(MARKUP);
        assertThat(texts(".msg.agent")).singleElement().asString().contains(MARKUP);
        assertThat(widget().findElements(By.cssSelector(".msg.customer *, .msg.agent img, .msg.agent script, .msg.agent b"))).as("markup stays text").isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.xssFired === undefined")).isEqualTo(true);
        assertThat(browser.driver().getTitle()).doesNotContain("pwned");
        Browser.screenshot(browser.driver(), "widget-markup-as-text");
    }

    private SearchContext widget() {
        return browser.driver().findElement(By.id("shopchat-widget")).getShadowRoot();
    }

    private List<String> texts(String css) {
        return widget().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
