package org.shopchat.bot.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.shopchat.bot.browser.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.shopchat.bot.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer ends the chat in the widget, rates it and comments; the rating is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyWidgetBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1024, 768, Duration.ofSeconds(15));

    @Test
    void theCustomerEndsTheChatRatesItAndComments() throws Exception {
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = browser.waits().until(d -> widget().findElement(By.cssSelector("textarea#shopchat-input")));
        browser.waits().until(d -> widget().findElements(By.cssSelector(".msg.bot")).size() == 1);
        input.sendKeys("what payment methods do you take?");
        input.sendKeys(Keys.ENTER);
        browser.waits().until(d -> widget().findElements(By.cssSelector(".msg.bot")).size() == 2);

        widget().findElement(By.cssSelector(".end")).click();
        WebElement survey = browser.waits().until(d -> widget().findElement(By.cssSelector(".survey")));
        String surveyId = survey.getDomAttribute("data-survey-id");
        assertThat(survey.getText()).as("a variant of the csat-prompt template")
                .containsAnyOf("how happy are you with this chat", "Could you rate this chat");
        WebElement send = survey.findElement(By.cssSelector(".submit"));
        assertThat(send.isEnabled()).as("nothing to send before a rating is chosen").isFalse();
        survey.findElements(By.cssSelector(".star")).get(3).click();
        survey.findElement(By.cssSelector("textarea")).sendKeys("Found the answer fast");
        Browser.screenshot(browser.driver(), "widget-survey");
        send.click();

        browser.waits().until(d -> widget().findElements(By.cssSelector(".survey")).isEmpty());
        assertThat(widget().findElement(By.cssSelector(".note.ok")).getText()).containsAnyOf("Thank you for your feedback", "Thanks for rating the chat");
        Map<String, Object> stored = jdbc.queryForMap("select phase, rating, comment from survey where id = ?",
                UUID.fromString(surveyId));
        assertThat(stored).containsEntry("PHASE", "BOT").containsEntry("RATING", 4)
                .containsEntry("COMMENT", "Found the answer fast");
    }

    private SearchContext widget() {
        return browser.driver().findElement(By.id("shopchat-widget")).getShadowRoot();
    }
}
