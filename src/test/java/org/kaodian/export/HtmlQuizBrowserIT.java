package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.ItemType;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The quiz page in a real headless Chromium at a phone's 375×667 viewport: one browser session
 * for all tests. Without a browser the tests are skipped, except in CI ({@code CI=true}) where
 * that is a failure: {@code .ci/run} installs Debian's chromium and chromium-driver.
 */
class HtmlQuizBrowserIT {
  // Debian's packages; other systems can point elsewhere with -Dkaodian.chromium / -Dkaodian.chromedriver.
  private static final Path CHROMIUM = Path.of(System.getProperty("kaodian.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("kaodian.chromedriver", "/usr/bin/chromedriver"));

  @TempDir static Path dir;
  private static ChromeDriver driver;
  private static String missing;
  private static List<Item> items;
  private static String page;
  private static List<Item> fewItems;
  private static String fewPage;
  /** The items of the page the browser shows now. */
  private static List<Item> shown;

  @BeforeAll
  static void browserAndPage() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = CHROMIUM + " or " + CHROMEDRIVER + " missing (apt-get install chromium chromium-driver)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI needs the browser test: " + why);
      }
      // Each test then reports itself skipped, with the reason.
      missing = why;
      return;
    }
    items = new ArrayList<>(ExportFixtures.items(40));
    items.add(3, HtmlQuizExporterTest.hostile());
    new HtmlQuizExporter().export(new ExportRequest(items, dir, "quiz", "理论学习测验", 7, 1, ExportFixtures.templates()));
    page = dir.resolve("quiz-quiz.html").toUri().toString();
    // A short page where only the point of the test costs browser round trips: every type, one hostile item.
    // Every type's first item (the paper's order puts true/false from strong statements only, maybe late),
    // then the front of the paper, eight in all.
    java.util.LinkedHashSet<Item> few = new java.util.LinkedHashSet<>(items.subList(0, 4));
    for (ItemType t : ItemType.values()) {
      items.stream().filter(i -> i.type() == t).findFirst().ifPresent(few::add);
    }
    items.stream().limit(40).forEach(i -> {
      if (few.size() < 8) {
        few.add(i);
      }
    });
    fewItems = List.copyOf(few);
    new HtmlQuizExporter().export(new ExportRequest(fewItems, dir, "few", "小测", 7, 1, ExportFixtures.templates()));
    fewPage = dir.resolve("few-quiz.html").toUri().toString();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 667, "deviceScaleFactor", 2, "mobile", true));
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void open() {
    Assumptions.assumeTrue(missing == null, missing);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    load(page, items);
  }

  private static void load(String url, List<Item> its) {
    driver.get(url);
    shown = its;
  }

  @AfterEach
  void noConsoleErrors() {
    if (driver == null) {
      return;
    }
    List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(severe).as("browser console").isEmpty();
  }

  @Test
  void everyItemAnsweredRightScoresOneHundredPercentOnAPhoneScreen() {
    assertThat(js("return window.innerWidth")).isEqualTo(375L);
    WebElement next = driver.findElement(By.id("next"));
    for (int k = 0; k < items.size(); k++) {
      WebElement q = current();
      answer(q, item(q), true);
      assertThat(q.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✓ 回答正确");
      if (k < items.size() - 1) {
        next.click();
      }
    }
    // Nothing wider than the phone, with every question's feedback open: no sideways scrolling.
    driver.findElement(By.id("mode")).click();
    assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
    assertThat(driver.findElement(By.id("result")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("100%");
    assertThat(driver.findElement(By.id("retry-wrong")).isDisplayed()).isFalse();
  }

  @Test
  void aWrongAnswerShowsItsExplanationAndOnlyItComesBackForRetry() {
    load(fewPage, fewItems);
    assertThat(fewItems.stream().map(Item::type).distinct()).hasSize(ItemType.values().length);
    WebElement first = current();
    Item wrong = item(first);
    answer(first, wrong, false);
    WebElement feedback = first.findElement(By.cssSelector(".feedback"));
    assertThat(feedback.isDisplayed()).isTrue();
    assertThat(feedback.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✗ 回答错误");
    assertThat(feedback.findElement(By.cssSelector(".explanation-text")).getText()).isEqualTo(wrong.explanation().strip());
    assertThat(feedback.findElement(By.cssSelector(".source-text")).getText()).contains(wrong.source().title());
    for (int k = 1; k < shown.size(); k++) {
      driver.findElement(By.id("next")).click();
      WebElement q = current();
      answer(q, item(q), true);
    }
    int percent = Math.round(100f * (shown.size() - 1) / shown.size());
    assertThat(driver.findElement(By.id("score")).getText()).isEqualTo(percent + "%");

    driver.findElement(By.id("retry-wrong")).click();
    assertThat(driver.findElements(By.cssSelector("#quiz > article"))).hasSize(1);
    WebElement again = current();
    assertThat(item(again)).isEqualTo(wrong);
    answer(again, wrong, true);
    assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("100%");
  }

  @Test
  void scriptInTheInputIsShownAsText() {
    driver.findElement(By.id("mode")).click();
    WebElement q = driver.findElement(By.cssSelector("#quiz > article[data-index='3']"));
    Item hostile = items.get(3);
    assertThat(q.findElement(By.cssSelector(".stem")).getText()).isEqualTo(hostile.stem());
    assertThat(q.findElements(By.cssSelector(".option .text")).stream().map(WebElement::getText).toList())
        .contains("<img src=x onerror=\"window.pwned=2\">", "A & B");
    assertThat(driver.findElements(By.cssSelector("#quiz img, #quiz b, #quiz i, #quiz script"))).isEmpty();
    answer(q, hostile, false);
    assertThat(q.findElement(By.cssSelector(".explanation-text")).getText()).isEqualTo("解析：<b>不加粗</b>");
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void keyboardAloneAnswersAndMovesOn() {
    // Find a choice question by paging with the keyboard-reachable next button.
    WebElement q = current();
    while (item(q).type() != ItemType.SINGLE_CHOICE) {
      driver.findElement(By.id("next")).sendKeys(Keys.ENTER);
      q = current();
    }
    Item item = item(q);
    int right = item.options().indexOf(item.answers().get(0));
    WebElement radio = q.findElements(By.cssSelector("input[type=radio]")).get(0);
    radio.sendKeys(" ");
    for (int k = 0; k < right; k++) {
      driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    }
    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("提交答案");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(q.findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✓ 回答正确");
    // After answering, focus waits on 下一题: Enter moves to the next question.
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("next");
    String before = q.getAttribute("data-index");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(current().getAttribute("data-index")).isNotEqualTo(before);
  }

  @Test
  void shuffleReordersQuestionsAndAllOnOnePageShowsEveryOne() {
    driver.findElement(By.id("shuffle")).click();
    List<String> order = driver.findElements(By.cssSelector("#quiz > article")).stream()
        .map(a -> a.getAttribute("data-index")).toList();
    assertThat(new HashSet<>(order)).hasSize(items.size());
    assertThat(order).isNotEqualTo(java.util.stream.IntStream.range(0, items.size()).mapToObj(String::valueOf).toList());
    driver.findElement(By.id("mode")).click();
    assertThat(driver.findElements(By.cssSelector("#quiz > article")).stream().filter(WebElement::isDisplayed))
        .hasSize(items.size());
    assertThat(driver.findElement(By.id("pager")).isDisplayed()).isFalse();
  }

  @Test
  void printingShowsEveryQuestionAndNoButtons() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    List<WebElement> all = driver.findElements(By.cssSelector("#quiz > article"));
    assertThat(all.stream().filter(WebElement::isDisplayed)).hasSize(items.size());
    assertThat(driver.findElements(By.cssSelector("button")).stream().filter(WebElement::isDisplayed)).isEmpty();
  }

  private static Object js(String script) {
    return driver.executeScript(script);
  }

  private static WebElement current() {
    List<WebElement> visible = driver.findElements(By.cssSelector("#quiz > article:not([hidden])"));
    assertThat(visible).hasSize(1);
    return visible.get(0);
  }

  private static Item item(WebElement question) {
    return shown.get(Integer.parseInt(question.getAttribute("data-index")));
  }

  /** Answers as a student would: types the blanks or ticks options, then submits. */
  private static void answer(WebElement q, Item item, boolean right) {
    if (item.type() == ItemType.FILL_BLANK) {
      List<WebElement> inputs = q.findElements(By.cssSelector("input[type=text]"));
      assertThat(inputs).hasSize(item.answers().size());
      for (int k = 0; k < inputs.size(); k++) {
        inputs.get(k).sendKeys(right ? item.answers().get(k) : "不知道");
      }
    } else {
      // One round trip for the option texts as shown (they may be shuffled), then the clicks.
      @SuppressWarnings("unchecked")
      List<String> texts = (List<String>) driver.executeScript("return Array.from(arguments[0]"
          + ".querySelectorAll('.option .text')).map(function (e) { return e.textContent; })", q);
      List<WebElement> inputs = q.findElements(By.cssSelector(".option input"));
      boolean ticked = false;
      for (int k = 0; k < texts.size(); k++) {
        boolean correct = item.answers().contains(texts.get(k));
        if (right ? correct : !correct && !ticked) {
          inputs.get(k).click();
          ticked = true;
        }
      }
      assertThat(ticked).isTrue();
    }
    q.findElement(By.cssSelector("button.check")).click();
  }
}
