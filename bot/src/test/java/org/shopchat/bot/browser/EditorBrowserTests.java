package org.shopchat.bot.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.shopchat.bot.persona.BotPersona;
import org.shopchat.bot.persona.BotVoice;
import org.shopchat.kb.KnowledgeContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real (headless) browser edits an article with the live preview, meets a content rule at the field,
 * fixes it and submits; a second editor publishes it and the public page shows it. The same for the persona, whose
 * preview is the widget header and the greeting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTests {

    static final String ARTICLE = "delivery-costs";
    static final String PERSONA_PAGE = "/console/editor/persona";

    @LocalServerPort
    int port;

    @Autowired
    BotPersona persona;

    @Autowired
    BotVoice voice;

    @Autowired
    KnowledgeContent shipped;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1400, 1000, Duration.ofSeconds(15));

    @Test
    void editorEditsWithLivePreviewAndAnotherEditorPublishes() throws Exception {
        openArticleAs("editor", "editor-demo");
        WebElement body = browser.driver().findElement(By.id("field-body"));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        body.sendKeys("**Good news:** ");
        browser.waits().until(d -> d.findElement(By.id("preview-chat")).getText().startsWith("Good news: Standard UK delivery"));
        assertThat(browser.driver().findElement(By.cssSelector("#preview-html p strong")).getText()).isEqualTo("Good news:");
        assertThat(browser.driver().findElements(By.cssSelector("#preview-html ul li"))).hasSizeGreaterThan(3);
        Browser.screenshot(browser.driver(), "editor-preview");

        browser.driver().findElement(By.id("save")).click();
        // The chat answer must be a plain paragraph: the rule shows at the body field, and nothing is saved.
        browser.waits().until(d -> d.findElement(By.id("notice")).getText().startsWith("Not saved"));
        assertThat(browser.driver().findElement(By.cssSelector(".field-errors[data-field='body']")).getText())
                .contains("line 1: the body must open with a plain paragraph");
        Browser.screenshot(browser.driver(), "editor-field-error");

        body = browser.driver().findElement(By.id("field-body"));
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), Keys.DELETE, Keys.DELETE);
        body.sendKeys("Good news:".chars().mapToObj(c -> Keys.ARROW_RIGHT).toArray(Keys[]::new));
        body.sendKeys(Keys.DELETE, Keys.DELETE);
        // The preview follows the keystrokes after a short pause. Only the final text has both no bold and this
        // chat text (with the bold, and halfway through the fix, one of the two differs).
        browser.waits().until(d -> d.findElements(By.cssSelector("#preview-html p strong")).isEmpty()
                && d.findElement(By.id("preview-chat")).getText().startsWith("Good news: Standard UK delivery"));
        browser.driver().findElement(By.id("save")).click();
        browser.waits().until(d -> d.findElement(By.id("notice")).getText().startsWith("Saved as draft revision"));
        WebElement draft = browser.driver().findElement(By.cssSelector("#revisions tbody tr"));
        String revision = draft.getAttribute("data-revision");
        assertThat(draft.getAttribute("data-status")).isEqualTo("DRAFT");
        draft.findElement(By.cssSelector("button.submit")).click();
        browser.waits().until(d -> d.findElement(By.id("notice")).getText().contains("is in review"));

        browser.driver().findElement(By.cssSelector(".bar button.link")).click();
        browser.waits().until(d -> d.getCurrentUrl().contains("/login"));
        openArticleAs("admin", "admin-demo");
        browser.driver().findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "'] button.approve")).click();
        browser.waits().until(d -> d.findElement(By.id("notice")).getText().contains("customers see it now"));
        assertThat(browser.driver().findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "']"))
                .getAttribute("data-status")).isEqualTo("PUBLISHED");
        Browser.screenshot(browser.driver(), "editor-published");

        browser.driver().get("http://localhost:" + port + "/kb/" + ARTICLE);
        assertThat(browser.driver().findElement(By.cssSelector("article")).getAttribute("data-revision")).isEqualTo(revision);
        assertThat(browser.driver().findElement(By.cssSelector("article p")).getText()).startsWith("Good news: Standard UK");
    }

    @Test
    void editorRenamesThePersonaWithLivePreviewAndAnotherEditorPublishesIt() throws Exception {
        try {
            openAs(PERSONA_PAGE, "editor-persona", "editor", "editor-demo");
            WebElement name = browser.driver().findElement(By.id("field-name"));
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            name.sendKeys("Nova Lane");
            // The header and every greeting variant follow the name being typed, from the server's preview.
            browser.waits().until(d -> d.findElement(By.id("preview-name")).getText().equals("Nova Lane")
                    && d.findElement(By.id("preview-greetings")).getText().contains("I'm Nova Lane"));
            assertThat(browser.driver().findElements(By.cssSelector("#preview-greetings .chat-bubble"))).hasSize(3);
            assertThat(browser.driver().findElement(By.id("preview-avatar")).getAttribute("src")).contains("/persona/avatar");
            Browser.screenshot(browser.driver(), "persona-preview");

            WebElement avatar = browser.driver().findElement(By.id("field-avatar"));
            avatar.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            avatar.sendKeys("https://images.example.com/nova.png");
            browser.waits().until(d -> d.findElement(By.cssSelector("#preview-problems li[data-field='avatar']")).getText()
                    .contains("must be one of the shipped avatars"));
            avatar.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            avatar.sendKeys("kb/avatar.svg");
            browser.waits().until(d -> d.findElements(By.cssSelector("#preview-problems li")).isEmpty());

            browser.driver().findElement(By.id("save")).click();
            browser.waits().until(d -> d.findElement(By.id("notice")).getText().startsWith("Saved as draft revision"));
            WebElement draft = browser.driver().findElement(By.cssSelector("#revisions tbody tr"));
            String revision = draft.getAttribute("data-revision");
            draft.findElement(By.cssSelector("button.submit")).click();
            browser.waits().until(d -> d.findElement(By.id("notice")).getText().contains("is in review"));

            // Before anyone approves, the test bench can already answer with the draft; the chat cannot.
            browser.driver().get("http://localhost:" + port + "/console/editor/bench");
            browser.driver().findElement(By.id("bench-text")).sendKeys("hello");
            browser.driver().findElement(By.id("content-drafts")).click();
            browser.driver().findElement(By.id("bench-run")).click();
            browser.waits().until(d -> d.findElement(By.id("bench-reply")).getText().contains("Nova Lane"));
            assertThat(browser.driver().findElement(By.cssSelector("#bench-drafts li[data-kind='PERSONA']"))
                    .getAttribute("data-revision")).isEqualTo(revision);
            Browser.screenshot(browser.driver(), "bench-drafts");
            assertThat(voice.botName()).isEqualTo(shipped.persona().name());

            browser.driver().get("http://localhost:" + port + PERSONA_PAGE);
            browser.driver().findElement(By.cssSelector(".bar button.link")).click();
            browser.waits().until(d -> d.getCurrentUrl().contains("/login"));
            openAs(PERSONA_PAGE, "editor-persona", "admin", "admin-demo");
            browser.driver().findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "'] button.approve")).click();
            browser.waits().until(d -> d.findElement(By.id("notice")).getText().contains("the bot speaks as it"));
            assertThat(browser.driver().findElement(By.cssSelector("#revisions tr[data-revision='" + revision + "']"))
                    .getAttribute("data-status")).isEqualTo("PUBLISHED");
            assertThat(voice.botName()).isEqualTo("Nova Lane");
            browser.driver().executeScript("document.getElementById('workflow').scrollIntoView()");
            Browser.screenshot(browser.driver(), "persona-published");
        } finally {
            restoreShippedPersona();
        }
    }

    /** Other tests of this application context expect the shipped persona. */
    private void restoreShippedPersona() {
        if (!persona.published().orElseThrow().equals(shipped.persona())) {
            int restored = persona.saveRevision(shipped.persona(), "test-cleanup");
            persona.submitForReview(restored);
            persona.publish(restored);
        }
    }

    private void openAs(String path, String page, String username, String password) {
        browser.driver().get("http://localhost:" + port + path);
        browser.waits().until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waits().until(d -> page.equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }

    private void openArticleAs(String username, String password) {
        browser.driver().get("http://localhost:" + port + "/console/editor/articles/" + ARTICLE);
        browser.waits().until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("sign-in")).click();
        browser.waits().until(d -> "editor-article".equals(d.findElement(By.tagName("body")).getAttribute("data-page")));
    }
}
