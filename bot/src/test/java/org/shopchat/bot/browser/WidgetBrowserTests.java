package org.shopchat.bot.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer on the demo shop page, in a real (headless) browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetBrowserTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1024, 768, Duration.ofSeconds(15));

    @Test
    void customerChatsWithTheBotAndFindsTheHistoryAfterAReload() throws Exception {
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = browser.waits().until(d -> visible(widget().findElement(By.cssSelector("textarea"))));
        browser.waits().until(d -> botMessages().size() == 1);
        assertThat(widget().findElement(By.cssSelector(".head .name")).getText()).isEqualTo("Nora");

        input.sendKeys("hello");
        input.sendKeys(Keys.ENTER);
        browser.waits().until(d -> botMessages().size() == 2);
        browser.waits().until(d -> widget().findElements(By.cssSelector(".msg.customer.pending")).isEmpty());
        assertThat(texts(".msg.customer")).containsExactly("hello");
        Browser.screenshot(browser.driver(), "widget-chat");

        browser.driver().navigate().refresh();
        browser.waits().until(d -> botMessages().size() == 2);
        assertThat(texts(".msg.customer")).containsExactly("hello");
        assertThat(widget().findElement(By.cssSelector(".log")).getAttribute("aria-live")).isEqualTo("polite");
        Browser.screenshot(browser.driver(), "widget-after-reload");
    }

    @Test
    void customerChecksAnOrderAndSeesItsTimelineCard() throws Exception {
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = browser.waits().until(d -> visible(widget().findElement(By.cssSelector("textarea"))));
        browser.waits().until(d -> botMessages().size() == 1);
        for (String line : List.of("where is my order NW-100001?", "alice@example.com")) {
            int before = botMessages().size();
            input.sendKeys(line);
            input.sendKeys(Keys.ENTER);
            browser.waits().until(d -> botMessages().size() == before + 1);
        }
        WebElement card = browser.waits().until(d -> widget().findElement(By.cssSelector(".card")));
        assertThat(card.getText()).contains("NW-100001");
        assertThat(card.findElements(By.cssSelector("li"))).isNotEmpty();
        Browser.screenshot(browser.driver(), "widget-order-card");
    }

    @Test
    void widgetFillsANarrowMobileScreen() throws Exception {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(375, 700));
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement panel = browser.waits().until(d -> visible(widget().findElement(By.cssSelector(".panel"))));
        browser.waits().until(d -> botMessages().size() == 1);
        Long viewport = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;");
        assertThat((long) panel.getSize().getWidth()).isEqualTo(viewport);
        Browser.screenshot(browser.driver(), "widget-mobile");
    }

    private SearchContext widget() {
        return browser.driver().findElement(By.id("shopchat-widget")).getShadowRoot();
    }

    private List<WebElement> botMessages() {
        return widget().findElements(By.cssSelector(".msg.bot"));
    }

    private List<String> texts(String css) {
        return widget().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }
}
