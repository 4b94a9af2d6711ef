package org.shopchat.bot.analytics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shopchat.bot.browser.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An admin opens the dashboard in a real (headless) browser: the charts draw under the console's CSP; a screenshot. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "shopchat.analytics.max-conversations=5000")
class DashboardBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are installed by .ci/run");
        driver = Browser.start(1400, 1500);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theDashboardDrawsItsChartsAndTables() throws Exception {
        StoredHistory h = new StoredHistory(jdbc);
        String[] days = {"2026-04-06", "2026-04-07", "2026-04-08", "2026-04-09", "2026-04-13", "2026-04-14"};
        for (int i = 0; i < days.length; i++) {
            UUID c = h.conversation(days[i] + "T09:00:00Z", null);
            h.customerTurn(c, 2, days[i] + "T09:00:05Z", i % 2 == 0 ? "track_order" : "return_item", 0.9, false,
                    "ARTICLE_ANSWER");
            h.message(c, 3, "BOT", days[i] + "T09:00:07Z");
            h.survey(c, "BOT", null, null, null, null, "track_order", "ANSWERED", 3 + i % 3, days[i] + "T09:05:00Z");
            if (i % 3 == 0) {
                UUID handoff = h.handoff(c, "CUSTOMER_ASKED", "RESOLVED", days[i] + "T09:01:00Z", days[i] + "T09:03:00Z",
                        "agent1", "Priya", days[i] + "T09:12:00Z");
                h.message(c, 4, "AGENT", days[i] + "T09:03:40Z");
                h.survey(c, "AGENT", handoff, "agent1", "Priya", null, "track_order", "ANSWERED", 4, days[i] + "T09:12:30Z");
            }
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.name("username")).sendKeys("admin");
        driver.findElement(By.name("password")).sendKeys("admin-demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/console"));
        driver.get("http://localhost:" + port + "/console/analytics?from=2026-04-06&to=2026-04-19&granularity=DAY");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
        assertThat(driver.findElement(By.cssSelector("#kpi-conversations .figure")).getText()).isEqualTo("6");
        assertThat(driver.findElements(By.cssSelector("#table-periods tbody tr"))).hasSize(15);
        assertThat(driver.findElement(By.id("table-intents")).getText()).contains("track_order").contains("return_item");
        Browser.screenshot(driver, "analytics-dashboard");
    }
}
