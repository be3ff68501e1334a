package org.recours.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, as a staff member uses the pages; never a
 * downloaded browser. Fails, never skips, when they are not installed ({@code apt-get install chromium
 * chromium-driver}).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=fr-FR");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        baseUrl = "http://127.0.0.1:" + port;
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    Browser type(String fieldId, String text) {
        var field = field(fieldId);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Dates go into date inputs the way a keyboard user types them in a French browser: day, month, year. */
    Browser date(String fieldId, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(fieldId)), date.toString());
        return this;
    }

    Browser choose(String fieldId, String visibleText) {
        new Select(driver.findElement(By.id(fieldId))).selectByVisibleText(visibleText);
        return this;
    }

    /** Chooses an option by its value, whatever the page's language. */
    Browser chooseValue(String fieldId, String value) {
        new Select(driver.findElement(By.id(fieldId))).selectByValue(value);
        return this;
    }

    Browser click(String linkText) {
        return clickAndAwaitTheNextPage(driver.findElement(By.linkText(linkText)));
    }

    Browser submit() {
        return clickAndAwaitTheNextPage(driver.findElement(By.cssSelector("main form button[type=submit]")));
    }

    Browser upload(String fieldId, Path file) {
        field(fieldId).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /**
     * A field of the page, once the page that has it is there: after a form was sent, the page the browser shows may
     * still be replaced (a redirect's page loading after the first one) when the test goes on to the next field.
     */
    private WebElement field(String fieldId) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "no field #" + fieldId + " on " + driver.getCurrentUrl() + ":\n"
                        + driver.findElement(By.tagName("body")).getText())
                .until(ignored -> {
                    try {
                        var field = driver.findElement(By.id(fieldId));
                        field.isEnabled();
                        return field;
                    } catch (org.openqa.selenium.WebDriverException notYet) {
                        // missing, stale, or (Chromium 156) "node does not belong to the document": the page is loading
                        return null;
                    }
                });
    }

    /** Puts a long text into a field at once (a template of several thousand characters), as a paste does. */
    Browser paste(String fieldId, String text) {
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(fieldId)), text);
        return this;
    }

    /** Presses one button of a form (a form with several, such as "Prévisualiser" and "Enregistrer"). */
    Browser pressButton(String buttonSelector) {
        return clickAndAwaitTheNextPage(driver.findElement(By.cssSelector(buttonSelector)));
    }

    Browser submitForm(String formSelector) {
        return clickAndAwaitTheNextPage(driver.findElement(By.cssSelector(formSelector + " button[type=submit]")));
    }

    /**
     * Clicks, then waits until the page the click left is gone, so that what the test reads next is the next page:
     * Chromium 156 otherwise lets a read start on the old page and fail half-way when it is replaced. A click that
     * does not leave the page (a form the browser itself refuses to send, a download) is let go after a few seconds.
     */
    private Browser clickAndAwaitTheNextPage(WebElement target) {
        var page = driver.findElement(By.tagName("html"));
        target.click();
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5)).until(ignored -> {
                try {
                    page.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    // stale, or (Chromium 156) "node does not belong to the document": the page was replaced
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException stillTheSamePage) {
            // the click did not leave the page: nothing to wait for
        }
        return this;
    }

    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The element's text once it contains {@code expected}, as the page loads after a form was sent. */
    String textOnceItContains(String cssSelector, String expected) {
        return textOnceItContains(cssSelector, expected, Duration.ofSeconds(10));
    }

    /** The element's text once it contains {@code expected}, waiting up to {@code atMost} (a background job's). */
    String textOnceItContains(String cssSelector, String expected, Duration atMost) {
        var seen = new java.util.concurrent.atomic.AtomicReference<String>();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, atMost).until(ignored -> {
            try {
                seen.set(driver.findElement(By.cssSelector(cssSelector)).getText());
                return seen.get().contains(expected);
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is being replaced: missing, stale, or (Chromium 156) "node does not belong to the document"
                return false;
            }
        });
        return seen.get();
    }

    String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    WebElement element(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /** The elements the page shows now, without waiting for one to appear (none is an answer too). */
    java.util.List<WebElement> elements(String cssSelector) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(By.cssSelector(cssSelector));
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    /** Runs a script on the page: a test that must reach the server past the browser's own checks. */
    Browser script(String javascript) {
        driver.executeScript(javascript);
        return this;
    }

    /** Shows the page as it prints (CSS media "print"), or back on screen. */
    Browser printMedia(boolean print) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver)
                .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", print ? "print" : ""));
        return this;
    }

    /** Whether the element takes room on the page as it stands (CSS display other than none, its parents' too). */
    boolean shown(String cssSelector) {
        return element(cssSelector).isDisplayed();
    }

    /** Scrolls the page so that the element is at the top of the window (for a screenshot of it). */
    Browser scrollTo(String cssSelector) {
        driver.executeScript("arguments[0].scrollIntoView()", element(cssSelector));
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    /** The path once the browser has left {@code path} (after a form was sent). */
    String pathAfterLeaving(String path) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ignored -> !currentPath().equals(path));
        return currentPath();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** Keeps a picture of the page in docs/screenshots, for the documentation and for review. */
    void screenshot(String name) {
        try {
            var target = Path.of("..", "docs", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language the page declares ({@code <html lang>}). */
    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The id of the element that has the keyboard focus. */
    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Keys pressed on whatever has the focus, as a keyboard user does: Tab, Enter, typing. */
    Browser press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Resizes the browser so that the page's viewport is {@code width} × {@code height} CSS pixels. */
    Browser viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        var inner = (java.util.List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
        var dx = width - ((Number) inner.get(0)).intValue();
        var dy = height - ((Number) inner.get(1)).intValue();
        if (dx != 0 || dy != 0) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width + dx, height + dy));
        }
        return this;
    }

    /** How many CSS pixels the page is wider than its viewport (0: no horizontal scroll). */
    long horizontalOverflow() {
        return ((Number) driver.executeScript("return Math.max(document.documentElement.scrollWidth, "
                        + "document.body.scrollWidth) - document.documentElement.clientWidth"))
                .longValue();
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the page as it stands, one line per rule with the elements
     * concerned; axe-core's script comes with a test dependency, and a missing copy fails.
     */
    java.util.List<String> accessibilityViolations() {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(Axe.source());
        var result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.map(n => n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                      + ']').join(' | '))))
                  .catch(error => done(['axe-core failed: ' + error]));""");
        return ((java.util.List<?>) result).stream().map(String::valueOf).toList();
    }

    /** axe-core's script, as Deque ships it in its Selenium integration (a test dependency), read once. */
    private static final class Axe {
        private static String source;

        static synchronized String source() {
            if (source == null) {
                try (var script = Browser.class.getResourceAsStream("/axe.min.js")) {
                    if (script == null) {
                        throw new IllegalStateException("axe.min.js is not on the test classpath: the dependency "
                                + "com.deque.html.axe-core:selenium is missing");
                    }
                    source = new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return source;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
