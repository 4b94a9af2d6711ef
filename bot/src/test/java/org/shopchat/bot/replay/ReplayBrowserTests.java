package org.shopchat.bot.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shopchat.bot.browser.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shopchat.bot.browser.Browser;
import org.shopchat.bot.conversation.ConversationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor in a real (headless) browser meets a field error on the replay form, fixes it and reads the report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shopchat.replay.model-directory=" + ReplayTests.MODEL_DIRECTORY)
class ReplayBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1400, 1100, Duration.ofSeconds(15));

    @Test
    void editorFixesAFieldAndSeesWhatAHigherThresholdWouldChange() throws Exception {
        UUID unsure = ReplayTests.chat(conversations, "how long does delivery take?",
                "do you plant a tree for every order");
        browser.driver().get("http://localhost:" + port + "/console/learning/replay");
        browser.waits().until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.driver().findElement(By.id("username")).sendKeys("editor");
        browser.driver().findElement(By.id("password")).sendKeys("editor-demo");
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waits().until(d -> "replay".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
        browser.driver().findElement(By.linkText("Articles")).click();
        browser.waits().until(d -> d.getCurrentUrl().endsWith("/console/editor"));
        browser.driver().findElement(By.linkText("Replay")).click();
        browser.waits().until(d -> "replay".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));

        browser.driver().findElement(By.cssSelector("input[name=selection][value=ids]")).click();
        browser.driver().findElement(By.id("field-ids")).sendKeys(unsure.toString());
        replace("field-minConfidence", "7");
        browser.driver().findElement(By.id("replay-run")).click();
        browser.waits().until(d -> d.findElement(By.cssSelector(".field-errors[data-field=minConfidence]")).getText()
                .equals("Give a number from 0 to 1."));
        Browser.screenshot(browser.driver(), "replay-field-error");

        replace("field-minConfidence", "0.85");
        browser.driver().findElement(By.id("replay-run")).click();
        browser.waits().until(d -> d.findElement(By.id("replay-changed")).getText().equals("1"));
        assertThat(browser.driver().findElement(By.id("replay-examples")).getText())
                .contains("do you plant a tree for every order").contains("article:phone-orders")
                .contains("template:rephrase-help");
        assertThat(browser.driver().findElement(By.id("field-minConfidence")).getAttribute("value")).isEqualTo("0.85");
        Browser.screenshot(browser.driver(), "replay-report");
    }

    private void replace(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
