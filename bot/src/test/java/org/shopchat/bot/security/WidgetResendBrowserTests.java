package org.shopchat.bot.security;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, exactly-once in the widget: a message whose frame is lost with the connection stays pending (shown
 * faded), and the widget resends it after it has reconnected; the server stores it once and answers it. The page's
 * WebSocket is wrapped before the widget loads (DevTools), so the test can swallow what the widget sends and then
 * drop the connection, as a network would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetResendBrowserTests {

    private static final String RECORD_SOCKETS = """
            (function () {
              var Native = window.WebSocket;
              window.__sockets = [];
              window.__swallowed = 0;
              function Recorded(url, protocols) {
                var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
                window.__sockets.push(socket);
                return socket;
              }
              Recorded.prototype = Native.prototype;
              ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Recorded[k] = Native[k]; });
              window.WebSocket = Recorded;
            })();
            """;
    private static final String SWALLOW_SENDS = """
            var socket = window.__sockets[window.__sockets.length - 1];
            var send = socket.send.bind(socket);
            socket.send = function (data) {
              if (typeof data === 'string' && data.indexOf('SEND') === 0) { window.__swallowed++; return; }
              send(data);
            };
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final BrowserSession browser = new BrowserSession(1024, 768, Duration.ofSeconds(20));

    @Test
    void aMessageLostWithTheConnectionIsResentAfterTheReconnectAndStoredOnce() {
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_SOCKETS));
        browser.driver().get("http://localhost:" + port + "/");
        widget().findElement(By.cssSelector(".launcher")).click();
        WebElement input = browser.waits().until(d -> visible(widget().findElement(By.cssSelector("textarea"))));
        browser.waits().until(d -> botMessages().size() == 1);
        input.sendKeys("hello");
        input.sendKeys(Keys.ENTER);
        browser.waits().until(d -> botMessages().size() == 2 && pending().isEmpty());

        browser.driver().executeScript(SWALLOW_SENDS);
        input.sendKeys("what payment methods do you take?");
        input.sendKeys(Keys.ENTER);
        browser.waits().until(d -> ((Number) browser.driver().executeScript("return window.__swallowed;")).intValue() >= 1);
        assertThat(pending()).as("not acknowledged").extracting(WebElement::getText)
                .containsExactly("what payment methods do you take?");

        browser.driver().executeScript("window.__sockets[window.__sockets.length - 1].close();");
        browser.waits().until(d -> ((Number) browser.driver().executeScript("return window.__sockets.length;")).intValue() >= 2);
        browser.waits().until(d -> pending().isEmpty() && botMessages().size() == 3);
        assertThat(widget().findElements(By.cssSelector(".msg.customer")).stream().map(WebElement::getText).toList())
                .containsExactly("hello", "what payment methods do you take?");
        assertThat(jdbc.queryForObject("select count(*) from message where text = 'what payment methods do you take?' "
                + "and client_message_id is not null and answered_at is not null and conversation_id in "
                + "(select conversation_id from message where text = 'hello' and sender = 'CUSTOMER')", Long.class))
                .as("stored once, answered").isOne();
    }

    private SearchContext widget() {
        return browser.driver().findElement(By.id("shopchat-widget")).getShadowRoot();
    }

    private List<WebElement> botMessages() {
        return widget().findElements(By.cssSelector(".msg.bot"));
    }

    private List<WebElement> pending() {
        return widget().findElements(By.cssSelector(".msg.customer.pending"));
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }
}
