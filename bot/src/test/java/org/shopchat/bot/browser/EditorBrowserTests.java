package org.shopchat.bot.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An editor in a real (headless) browser edits an article with the live preview, meets a content rule at the field,
 * fixes it and submits; a second editor publishes it and the public page shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTests {

    static final String ARTICLE = "delivery-costs";

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        driver = Browser.start(1400, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void editorEditsWithLivePreviewAndAnotherEditorPublishes() throws Exception {
        openArticleAs("editor", "editor-demo");
        WebElement body = driver.findElement(By.id("field-body"));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        body.sendKeys("**Good news:** ");
        wait.until(d -> d.findElement(By.id("preview-chat")).getText().startsWith("Good news: Standard UK delivery"));
        assertThat(driver.findElement(By.cssSelector("#preview-html p strong")).getText()).isEqualTo("Good news:");
        assertThat(driver.findElements(By.cssSelector("#preview-html ul li"))).hasSizeGreaterThan(3);
        Browser.screenshot(driver, "editor-preview");

        driver.findElement(By.id("save")).click();
        // The chat answer must be a plain paragraph: the rule shows at the body field, and nothing is saved.
        wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Not saved"));
        assertThat(driver.findElement(By.cssSelector(".field-errors[data-field='body']")).getText())
                .contains("line 1: the body must open with a plain paragraph");
        Browser.screenshot(driver, "editor-field-error");

        body = driver.findElement(By.id("field-body"));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.DELETE, Keys.DELETE);
        body.sendKeys("Good news:".chars().mapToObj(c -> Keys.ARROW_RIGHT).toArray(Keys[]::new));
        body.sendKeys(Keys.DELETE, Keys.DELETE);
        wait.until(d -> d.findElements(By.cssSelector("#preview-html p strong")).isEmpty());
        assertThat(driver.findElement(By.id("preview-chat")).getText()).startsWith("Good news: Standard UK delivery");
        driver.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("notice")).getText().startsWith("Saved as draft revision"));
        WebElement draft = driver.findElement(By.cssSelector("#revisions tbody tr"));
        String revision = draft.getAttribute("data-revision");
        assertThat(draft.getAttribute("data-status")).isEqualTo("DRAFT");
        draft.findElement(By.cssSelector("button.submit")).click();
        wait.until(d -> d.findElement(By.id("notice")).getText().contains("is in review"));

        driver.findElement(By.cssSelector(".bar button.link")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        openArticleAs("admin", "admin-demo");
        driver.findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "'] button.approve")).click();
        wait.until(d -> d.findElement(By.id("notice")).getText().contains("customers see it now"));
        assertThat(driver.findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "']"))
                .getAttribute("data-status")).isEqualTo("PUBLISHED");
        Browser.screenshot(driver, "editor-published");

        driver.get("http://localhost:" + port + "/kb/" + ARTICLE);
        assertThat(driver.findElement(By.cssSelector("article")).getAttribute("data-revision")).isEqualTo(revision);
        assertThat(driver.findElement(By.cssSelector("article p")).getText()).startsWith("Good news: Standard UK");
    }

    private void openArticleAs(String username, String password) {
        driver.get("http://localhost:" + port + "/console/editor/articles/" + ARTICLE);
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        wait.until(d -> "editor-article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }
}
