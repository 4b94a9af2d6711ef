package org.shopchat.bot.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A customer on the demo shop page, in a real (headless) browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        driver = Browser.start(1024, 768);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void customerChatsWithTheBotAndFindsTheHistoryAfterAReload() throws Exception {
        driver.get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = wait.until(d -> visible(widget().findElement(By.cssSelector("textarea"))));
        wait.until(d -> botMessages().size() == 1);
        assertThat(widget().findElement(By.cssSelector(".head .name")).getText()).isEqualTo("Nora");

        input.sendKeys("hello");
        input.sendKeys(Keys.ENTER);
        wait.until(d -> botMessages().size() == 2);
        wait.until(d -> widget().findElements(By.cssSelector(".msg.customer.pending")).isEmpty());
        assertThat(texts(".msg.customer")).containsExactly("hello");
        Browser.screenshot(driver, "widget-chat");

        driver.navigate().refresh();
        wait.until(d -> botMessages().size() == 2);
        assertThat(texts(".msg.customer")).containsExactly("hello");
        assertThat(widget().findElement(By.cssSelector(".log")).getAttribute("aria-live")).isEqualTo("polite");
        Browser.screenshot(driver, "widget-after-reload");
    }

    @Test
    void customerChecksAnOrderAndSeesItsTimelineCard() throws Exception {
        driver.get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = wait.until(d -> visible(widget().findElement(By.cssSelector("textarea"))));
        wait.until(d -> botMessages().size() == 1);
        for (String line : List.of("where is my order NW-100001?", "alice@example.com")) {
            int before = botMessages().size();
            input.sendKeys(line);
            input.sendKeys(Keys.ENTER);
            wait.until(d -> botMessages().size() == before + 1);
        }
        WebElement card = wait.until(d -> widget().findElement(By.cssSelector(".card")));
        assertThat(card.getText()).contains("NW-100001");
        assertThat(card.findElements(By.cssSelector("li"))).isNotEmpty();
        Browser.screenshot(driver, "widget-order-card");
    }

    @Test
    void widgetFillsANarrowMobileScreen() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 700));
        driver.get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement panel = wait.until(d -> visible(widget().findElement(By.cssSelector(".panel"))));
        wait.until(d -> botMessages().size() == 1);
        Long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        assertThat((long) panel.getSize().getWidth()).isEqualTo(viewport);
        Browser.screenshot(driver, "widget-mobile");
    }

    private SearchContext widget() {
        return driver.findElement(By.id("shopchat-widget")).getShadowRoot();
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
