package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Figure;
import org.sitrep.model.FigureKind;
import org.sitrep.model.Incident;

/**
 * The web UI in a real headless Chromium: list, search, filters, live update, incident page with chart
 * and map, evidence highlight, API docs, and that script in article text never runs. Skips when
 * /usr/bin/chromium or /usr/bin/chromedriver is missing. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static MemoryStore store;
    static SitrepServer server;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        store = Fixtures.store(60, 7);
        server = SitrepServer.start(store, ServerOptions.defaults().withPort(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class); // the list re-renders on live updates
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    private static void open(String path) {
        driver.get(server.url() + path);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#incidents tbody tr"));
    }

    /** Reads every row in one go, again from the start when the list re-renders under the read (stale row). */
    private static <T> List<T> readRows(Function<WebElement, T> read) {
        return wait.until(d -> rows().stream().map(read).toList());
    }

    private static int killedCell(WebElement row) {
        return Integer.parseInt(row.findElements(By.cssSelector("td.num")).get(0).getText());
    }

    private static void assertNoScriptRanAndNoErrors() {
        assertThat(js("return window.__xss === undefined")).as("script from article data ran: " + js("return window.__xss"))
                .isEqualTo(true);
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("/api/incidents/nope")).toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    @Order(1)
    void list_firstPage_showsIncidentsNewestFirstAndMap() throws IOException {
        open("/");
        wait.until(d -> rows().size() == 50);
        WebElement first = rows().get(0).findElement(By.cssSelector("a.incident-link"));
        assertThat(first.getText()).startsWith("<img src=x onerror="); // shown as text, not markup
        assertThat(driver.findElements(By.cssSelector("#list img"))).isEmpty();
        wait.until(d -> "loaded".equals(d.findElement(By.cssSelector("#map svg")).getDomAttribute("data-basemap")));
        assertThat(driver.findElements(By.cssSelector("#map circle.dot"))).hasSizeGreaterThan(5);
        assertThat(driver.findElements(By.cssSelector("#map path.land"))).hasSizeGreaterThan(150);
        wait.until(d -> d.findElement(By.id("live")).getText().equals("live"));
        shot("01-list");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(2)
    void list_searchAndFilters_narrowRowsAndUrl() throws IOException {
        open("/");
        wait.until(d -> rows().size() == 50);
        driver.findElement(By.id("f-q")).sendKeys("mosque");
        driver.findElement(By.id("f-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("q=mosque") && !rows().isEmpty() && rows().size() < 50);
        assertThat(readRows(WebElement::getText)).allSatisfy(t -> assertThat(t).containsIgnoringCase("mosque"));
        shot("02-search");
        driver.findElement(By.id("f-reset")).click();
        wait.until(d -> rows().size() == 50);
        new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Explosions/Remote violence");
        driver.findElement(By.id("f-min-killed")).sendKeys("8");
        driver.findElement(By.id("f-min-killed")).submit();
        wait.until(d -> d.getCurrentUrl().contains("min_killed=8"));
        wait.until(d -> !rows().isEmpty() && rows().size() < 50);
        assertThat(readRows(BrowserTest::killedCell)).allSatisfy(k -> assertThat(k).isGreaterThanOrEqualTo(8));
        assertThat(readRows(WebElement::getText)).allSatisfy(t -> assertThat(t).contains("Explosions/Remote violence"));
        shot("03-filtered");
        new Select(driver.findElement(By.id("f-sort"))).selectByVisibleText("Most killed");
        driver.findElement(By.id("f-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("sort=killed"));
        wait.until(d -> d.findElement(By.id("list-title")).getText().equals("Incidents, most killed"));
        wait.until(d -> !rows().isEmpty());
        List<Integer> killed = readRows(BrowserTest::killedCell);
        assertThat(killed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        shot("03b-sorted-by-killed");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(3)
    void list_publishedIncident_appearsLive() {
        open("/");
        wait.until(d -> rows().size() == 50);
        wait.until(d -> server.eventClients() > 0);
        Incident old = store.incident("inc-00059").orElseThrow();
        Incident changed = new Incident(old.id(), old.articleIds(), old.independentSources(), old.date(), old.place(),
                old.eventType(), old.best(), old.history(), old.facts(), old.disputed(), "Live update: toll revised in "
                + old.place().name(), old.aliases(), old.placeAliases());
        store.putIncident(changed);
        server.publish(changed);
        wait.until(d -> d.findElement(By.id("list")).getText().contains("Live update: toll revised"));
    }

    @Test
    @Order(4)
    void incident_page_rendersFiguresChartMapClaimsAndGroups() throws IOException {
        open("/incident.html?id=inc-00003");
        wait.until(d -> !d.findElements(By.cssSelector("#chart svg")).isEmpty());
        assertThat(driver.findElement(By.id("headline")).getText()).contains("killed");
        Incident inc = store.incident("inc-00003").orElseThrow();
        long plotted = inc.history().stream().filter(f -> f.kind().ordinal() <= 2).count();
        assertThat(driver.findElements(By.cssSelector("#chart circle.pt"))).hasSize((int) plotted);
        assertThat(driver.findElements(By.cssSelector("#figures .card"))).hasSizeGreaterThanOrEqualTo(2);
        wait.until(d -> "loaded".equals(d.findElement(By.cssSelector("#map svg")).getDomAttribute("data-basemap")));
        assertThat(driver.findElements(By.cssSelector("#map circle.dot"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#claims .claim"))).isNotEmpty();
        List<WebElement> groups = driver.findElements(By.cssSelector("#groups .group"));
        assertThat(groups).hasSize(inc.independentSources());
        assertThat(groups.get(0).getText()).contains("Independent source 1").containsIgnoringCase("exact copy");
        List<WebElement> history = driver.findElements(By.cssSelector("#history li"));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getText()).startsWith("Merged in old-inc-00003");
        assertThat(history.get(1).getText()).contains("split off into inc-00004").contains("dates too far apart");
        assertThat(history.get(1).findElement(By.cssSelector("a.history-link")).getDomAttribute("href"))
                .isEqualTo("/incident.html?id=inc-00004");
        shot("04-incident");
        js("document.getElementById('t-claims').scrollIntoView()");
        shot("04b-incident-claims-facts-reports");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(5)
    void incident_chartPoint_opensArticleWithEvidenceHighlighted() throws IOException {
        open("/incident.html?id=inc-00003");
        wait.until(d -> !d.findElements(By.cssSelector("#chart circle.pt")).isEmpty());
        String href = driver.findElement(By.cssSelector("#chart a")).getDomAttribute("href");
        assertThat(href).startsWith("/article.html?id=").contains("hl=");
        open(href);
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(mark.getDomAttribute("class")).contains("hl-current");
        assertThat(mark.getText()).endsWith("people were killed");
        assertThat(js("return document.activeElement && document.activeElement.id")).isEqualTo("evidence");
        assertThat(driver.findElements(By.cssSelector("#text mark.ann"))).hasSizeGreaterThan(3);
        shot("05-article-evidence");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(6)
    void hostile_incidentAndArticle_scriptNeverRunsAndNoJavascriptLinks() throws IOException {
        open("/incident.html?id=" + Fixtures.HOSTILE_ID);
        wait.until(d -> !d.findElements(By.id("headline")).isEmpty());
        assertThat(driver.findElement(By.id("headline")).getText()).isEqualTo(store.incident(Fixtures.HOSTILE_ID)
                .orElseThrow().headline());
        assertThat(driver.findElements(By.cssSelector("#incident img, #incident script"))).isEmpty();
        shot("06-hostile-incident");
        assertNoScriptRanAndNoErrors();
        open("/article.html?id=" + Fixtures.HOSTILE_ARTICLE);
        wait.until(d -> !d.findElements(By.id("text")).isEmpty());
        assertThat(driver.findElement(By.id("text")).getText()).contains("<script>window.__xss='text'</script>");
        assertThat(driver.findElements(By.cssSelector("#article img, #article script, #article svg"))).isEmpty();
        assertThat(js("return [...document.querySelectorAll('a')].filter(a => !/^(https?:|\\/|#)/.test(a.getAttribute('href'))).length"))
                .isEqualTo(0L);
        shot("07-hostile-article");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(7)
    void docs_page_listsEveryOperation() throws IOException {
        open("/api/docs");
        try {
            wait.until(d -> d.findElements(By.cssSelector("section.doc-op")).size() == server.routes().size());
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("08-docs-failed");
            throw new AssertionError("docs page: " + driver.findElement(By.id("docs")).getText() + " "
                    + driver.manage().logs().get(LogType.BROWSER).getAll(), e);
        }
        assertThat(driver.findElement(By.id("docs")).getText()).contains("/api/incidents/{id}").contains("min_killed");
        shot("08-docs");
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(8)
    void narrowScreen_listStaysUsable() throws IOException {
        driver.manage().window().setSize(new Dimension(420, 900));
        try {
            open("/");
            wait.until(d -> rows().size() == 50);
            assertThat((Long) js("return document.documentElement.scrollWidth"))
                    .as("too wide: %s", js("return [...document.querySelectorAll('body *')].filter(e => "
                            + "e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8)"
                            + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + e.getBoundingClientRect().right).join(' ')"))
                    .isLessThanOrEqualTo(440L);
            shot("09-narrow");
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    @Order(9)
    void incident_dateBasis_statedOrInferredInAnalystTermsWithEvidence() throws IOException {
        open("/incident.html?id=inc-00003");
        WebElement basis = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("date-basis")));
        assertThat(basis.getText()).isEqualTo("date stated in text");
        Incident named = store.incident("inc-00003").orElseThrow();
        WebElement evidence = driver.findElement(By.cssSelector("#date-evidence a"));
        assertThat(evidence.getText()).contains(named.date().evidence().sentence());
        assertThat(evidence.getDomAttribute("href")).contains("hl=" + named.date().evidence().start() + "-");
        assertThat(driver.findElement(By.id("date-evidence")).getText())
                .contains(store.article(named.date().evidence().articleId()).orElseThrow().outlet());

        open("/incident.html?id=" + Fixtures.UNDATED_ID);
        basis = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("date-basis")));
        assertThat(basis.getText()).isEqualTo("inferred: day before publication");
        assertThat(driver.findElement(By.id("date")).getText()).startsWith("19 Jun 2024");
        WebElement dated = driver.findElement(By.id("date-evidence"));
        assertThat(dated.getText()).contains("No day is named in the text").contains("published 20 Jun 2024");
        assertThat(dated.findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/article.html?id=" + Fixtures.UNDATED_ARTICLE);
        // the cited summary: one citation per sentence, each to its evidence
        assertThat(driver.findElements(By.cssSelector("#summary a.cite"))).extracting(WebElement::getText)
                .containsExactly("[1]", "[2]");
        assertThat(driver.findElements(By.cssSelector("#summary-sources li"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#facts td.kind"))).noneMatch(td -> td.getText().equals("summary"));
        shot("10-incident-inferred-date");

        open("/article.html?id=" + Fixtures.CAPTURED_ARTICLE);
        WebElement articleBasis = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("date-basis")));
        assertThat(articleBasis.getText()).isEqualTo("inferred from publication day at archive capture");
        assertThat(driver.findElement(By.id("article-date")).getText()).contains("20 Jun 2024");
        assertThat(driver.findElement(By.id("date-note")).getText()).contains("web archive")
                .contains("counted on the day before (19 Jun 2024)");
        assertThat(driver.findElements(By.cssSelector("#text mark.ann-date, #title mark.ann-date"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#text mark.ann-figure"))).isNotEmpty();
        shot("11-article-inferred-date");

        open("/article.html?id=art-00003-0");
        articleBasis = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("date-basis")));
        assertThat(articleBasis.getText()).isEqualTo("date stated in text");
        assertThat(driver.findElements(By.id("date-note"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#text mark.ann-date"))).hasSize(1);

        open("/?from=2024-06-19&to=2024-06-19");
        wait.until(d -> !rows().isEmpty());
        WebElement row = driver.findElement(By.cssSelector("#incidents tr[data-id='" + Fixtures.UNDATED_ID + "']"));
        assertThat(row.findElement(By.cssSelector("td.date .inferred")).getText()).isEqualTo("inferred");
        assertThat(rows().stream().filter(r -> !Fixtures.UNDATED_ID.equals(r.getDomAttribute("data-id"))))
                .hasSizeGreaterThan(0).allSatisfy(r ->
                assertThat(r.findElements(By.cssSelector("td.date .inferred"))).isEmpty());
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(10)
    void incident_claims_stancesSideBySideAndFigureTableNamesReporters() throws IOException {
        open("/incident.html?id=inc-00003");
        wait.until(d -> !d.findElements(By.cssSelector("#chart svg")).isEmpty());
        List<WebElement> stances = driver.findElements(By.cssSelector("#claims .stance"));
        assertThat(stances).extracting(e -> e.findElement(By.tagName("h3")).getDomProperty("textContent"))
                .containsExactly("Accusations (1)", "Denials (1)");
        assertThat(js("const t = [...document.querySelectorAll('#claims .stance')]"
                + ".map(e => Math.round(e.getBoundingClientRect().top)); return t.length === 2 && t[0] === t[1]"))
                .as("stances side by side").isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("#chart details table")).getDomProperty("textContent"))
                .contains("According to").contains("the regional governor");
        // the denial every report repeats is one card with its source count and the other reports behind a fold
        int reports = store.incident("inc-00003").orElseThrow().articleIds().size();
        WebElement denial = driver.findElement(By.cssSelector("#claims .stance-denial .claim"));
        assertThat(denial.findElement(By.cssSelector(".badge.sources")).getText()).isEqualToIgnoringCase(reports + " sources");
        assertThat(denial.findElement(By.cssSelector(".repeats summary")).getText())
                .isEqualTo("also in " + (reports - 1) + " more report" + (reports == 2 ? "" : "s"));
        assertThat(denial.findElements(By.cssSelector(".repeats li a"))).hasSize(reports - 1)
                .allSatisfy(a -> assertThat(a.getDomAttribute("href")).startsWith("/article.html?id=art-00003-").contains("hl="));

        // a disputed figure's card gives the spread of what was reported
        Incident disputed = java.util.stream.IntStream.range(0, 60).mapToObj(n -> String.format("inc-%05d", n))
                .map(id -> store.incident(id).orElseThrow()).filter(i -> i.disputed().contains(FigureKind.KILLED))
                .filter(i -> killed(i).getMin() != killed(i).getMax()).findFirst().orElseThrow();
        open("/incident.html?id=" + disputed.id());
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures .card.killed")));
        assertThat(card.getText()).contains("DISPUTED")
                .contains("reports range from " + killed(disputed).getMin() + " to " + killed(disputed).getMax());
        assertNoScriptRanAndNoErrors();
    }

    private static java.util.IntSummaryStatistics killed(Incident i) {
        return i.history().stream().filter(f -> f.kind() == FigureKind.KILLED).mapToInt(Figure::value).summaryStatistics();
    }

    @Test
    @Order(11)
    void incident_unlistedTown_regionMarkerApproximateAliasesAndCaptureDayBasis() throws IOException {
        open("/incident.html?id=" + Fixtures.UNLISTED_ID);
        WebElement basis = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("date-basis")));
        assertThat(basis.getText()).isEqualTo("inferred from archive capture day");
        assertThat(driver.findElement(By.id("date-evidence")).getText()).contains("web archive").contains("day before");
        assertThat(driver.findElement(By.id("place-aliases")).getText()).isEqualTo("(also called Quilmont)");
        assertThat(driver.findElement(By.id("place-approximate")).getText()).contains("APPROXIMATE: REGION")
                .contains("centre of Missouri");
        wait.until(d -> "loaded".equals(d.findElement(By.cssSelector("#map svg")).getDomAttribute("data-basemap")));
        WebElement dot = driver.findElement(By.cssSelector("#map circle.dot"));
        assertThat(dot.getDomAttribute("class")).isEqualTo("dot approximate");
        assertThat(dot.getDomAttribute("data-approximate")).isEqualTo("region");
        assertThat(driver.findElement(By.cssSelector("#map circle.dot title")).getDomProperty("textContent"))
                .contains("approximate: region");
        assertThat(driver.findElement(By.cssSelector("#map .caption")).getText()).contains("dashed ring is approximate");
        shot("12-incident-unlisted-town");

        open("/incident.html?id=inc-00000");
        wait.until(d -> !d.findElements(By.cssSelector("#map svg")).isEmpty());
        assertThat(driver.findElement(By.id("place-aliases")).getText()).isEqualTo("(also called Kharkov)");
        assertThat(driver.findElements(By.id("place-approximate"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#map circle.dot.approximate"))).isEmpty();
        assertNoScriptRanAndNoErrors();
    }

    @Test
    @Order(12)
    void unknownIncident_showsProblemMessage() {
        open("/incident.html?id=nope");
        WebElement err = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#incident .error")));
        assertThat(err.getText()).contains("no incident with id or alias 'nope'");
    }
}
