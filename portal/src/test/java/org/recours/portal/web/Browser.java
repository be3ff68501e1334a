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
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=fr-FR");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        baseUrl = "http://127.0.0.1:" + port;
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    Browser type(String fieldId, String text) {
        var field = driver.findElement(By.id(fieldId));
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

    Browser click(String linkText) {
        driver.findElement(By.linkText(linkText)).click();
        return this;
    }

    Browser submit() {
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        return this;
    }

    Browser upload(String fieldId, Path file) {
        driver.findElement(By.id(fieldId)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    Browser submitForm(String formSelector) {
        driver.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
        return this;
    }

    String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** The element's text once it contains {@code expected}, as the page loads after a form was sent. */
    String textOnceItContains(String cssSelector, String expected) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(ignored -> {
            try {
                return driver.findElement(By.cssSelector(cssSelector)).getText().contains(expected);
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        return text(cssSelector);
    }

    String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    WebElement element(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
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

    @Override
    public void close() {
        driver.quit();
    }
}
