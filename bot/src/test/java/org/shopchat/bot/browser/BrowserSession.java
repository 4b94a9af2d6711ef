package org.shopchat.bot.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless browser per test ({@code @RegisterExtension}): started before each test, or the test skipped when
 * Chromium is not installed (.ci/run installs it), and quit after it. Its waits repeat a check whose element was
 * replaced by a live update or a page change.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    private final int width;
    private final int height;
    private final Duration patience;
    private ChromeDriver driver;
    private WebDriverWait waits;

    public BrowserSession(int width, int height, Duration patience) {
        this.width = width;
        this.height = height;
        this.patience = patience;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        driver = Browser.start(width, height);
        waits = new WebDriverWait(driver, patience);
        waits.ignoring(StaleElementReferenceException.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waits() {
        return waits;
    }
}
