package org.shopchat.bot.analytics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shopchat.bot.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A customer ends the chat in the widget, rates it and comments; the rating is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyWidgetBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

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
    void theCustomerEndsTheChatRatesItAndComments() throws Exception {
        driver.get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = wait.until(d -> widget().findElement(By.cssSelector("textarea#shopchat-input")));
        wait.until(d -> widget().findElements(By.cssSelector(".msg.bot")).size() == 1);
        input.sendKeys("what payment methods do you take?");
        input.sendKeys(Keys.ENTER);
        wait.until(d -> widget().findElements(By.cssSelector(".msg.bot")).size() == 2);

        widget().findElement(By.cssSelector(".end")).click();
        WebElement survey = wait.until(d -> widget().findElement(By.cssSelector(".survey")));
        String surveyId = survey.getDomAttribute("data-survey-id");
        assertThat(survey.getText()).as("a variant of the csat-prompt template")
                .containsAnyOf("how happy are you with this chat", "Could you rate this chat");
        WebElement send = survey.findElement(By.cssSelector(".submit"));
        assertThat(send.isEnabled()).as("nothing to send before a rating is chosen").isFalse();
        survey.findElements(By.cssSelector(".star")).get(3).click();
        survey.findElement(By.cssSelector("textarea")).sendKeys("Found the answer fast");
        Browser.screenshot(driver, "widget-survey");
        send.click();

        wait.until(d -> widget().findElements(By.cssSelector(".survey")).isEmpty());
        assertThat(widget().findElement(By.cssSelector(".note.ok")).getText()).containsAnyOf("Thank you for your feedback", "Thanks for rating the chat");
        Map<String, Object> stored = jdbc.queryForMap("select phase, rating, comment from survey where id = ?",
                UUID.fromString(surveyId));
        assertThat(stored).containsEntry("PHASE", "BOT").containsEntry("RATING", 4)
                .containsEntry("COMMENT", "Found the answer fast");
    }

    private SearchContext widget() {
        return driver.findElement(By.id("shopchat-widget")).getShadowRoot();
    }
}
