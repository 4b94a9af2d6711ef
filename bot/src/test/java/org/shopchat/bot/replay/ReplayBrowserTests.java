package org.shopchat.bot.replay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shopchat.bot.browser.Browser;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An editor in a real (headless) browser meets a field error on the replay form, fixes it and reads the report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.replay.model-directory=" + ReplayTests.MODEL_DIRECTORY)
class ReplayBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        driver = Browser.start(1400, 1100);
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
    void editorFixesAFieldAndSeesWhatAHigherThresholdWouldChange() throws Exception {
        UUID unsure = ReplayTests.chat(conversations, "how long does delivery take?",
                "do you plant a tree for every order");
        driver.get("http://localhost:" + port + "/console/learning/replay");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.id("username")).sendKeys("editor");
        driver.findElement(By.id("password")).sendKeys("editor-demo");
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> "replay".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
        driver.findElement(By.linkText("Articles")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/console/editor"));
        driver.findElement(By.linkText("Replay")).click();
        wait.until(d -> "replay".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));

        driver.findElement(By.cssSelector("input[name=selection][value=ids]")).click();
        driver.findElement(By.id("field-ids")).sendKeys(unsure.toString());
        replace("field-minConfidence", "7");
        driver.findElement(By.id("replay-run")).click();
        wait.until(d -> d.findElement(By.cssSelector(".field-errors[data-field=minConfidence]")).getText()
                .equals("Give a number from 0 to 1."));
        Browser.screenshot(driver, "replay-field-error");

        replace("field-minConfidence", "0.7");
        driver.findElement(By.id("replay-run")).click();
        wait.until(d -> d.findElement(By.id("replay-changed")).getText().equals("1"));
        assertThat(driver.findElement(By.id("replay-examples")).getText())
                .contains("do you plant a tree for every order").contains("article:phone-orders")
                .contains("template:rephrase-help");
        assertThat(driver.findElement(By.id("field-minConfidence")).getAttribute("value")).isEqualTo("0.7");
        Browser.screenshot(driver, "replay-report");
    }

    private void replace(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
