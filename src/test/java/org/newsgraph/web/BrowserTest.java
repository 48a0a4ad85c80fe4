package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Store;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them, in Debian's headless Chromium driven through its chromedriver:
 * every class's page shows its label, the article text links its mentions, the query page runs
 * queries, and an article carrying a script stays inert. Screenshots go to target/screenshots/.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;
    private static SeedServer seeds;

    @BeforeAll
    static void open() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        seeds = SeedServer.get();
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // The closed network here refuses Chromium's background traffic; these flags keep it quiet.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--hide-scrollbars");
        // An alert a page opens fails the next command, so one script per page also checks for alerts.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.DISMISS_AND_NOTIFY);
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String local(String iri) {
        return seeds.root + "/" + iri.substring(seeds.base.length());
    }

    private static void shot(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NewsArticle", "Person", "Organization", "Country", "Event", "Claim"})
    void everyClassHasAPageWithItsLabel(String schemaClass) throws Exception {
        List<String> inst = LinkedDataTest.instance(seeds.root, seeds.base, schemaClass);
        browser.get(local(inst.get(0)));
        String h1 = browser.findElement(By.tagName("h1")).getText();
        assertEquals(inst.get(1).replaceAll("\\s+", " ").strip(), h1.replaceAll("\\s+", " ").strip());
        assertTrue(browser.getTitle().endsWith("— newsgraph"), browser.getTitle());
        assertFalse(browser.findElements(By.cssSelector(".formats a[href$='.ttl']")).isEmpty(), "links its Turtle");
        assertFalse(browser.findElements(By.cssSelector(".formats a[href$='.jsonld']")).isEmpty(), "links its JSON-LD");
    }

    @Test
    void searchingPutinListsHisClaimsAndArticlesAndAClickLandsOnTheHighlightedSentence() throws Exception {
        browser.get(seeds.root + "/");
        WebElement box = browser.findElement(By.id("search-box"));
        box.sendKeys("Putin", Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.getCurrentUrl().contains("/search?q=Putin") && !d.findElements(By.cssSelector("#claims a.hit")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#entities a.hit[href='/actor/vladimir-putin']")).isEmpty(),
                "Putin himself");
        assertFalse(browser.findElements(By.cssSelector("#articles a.hit")).isEmpty(), "articles that name him");
        shot("search");
        WebElement sentence = browser.findElement(By.cssSelector("#claims a.sentence"));
        String fragment = sentence.getAttribute("href").replaceFirst(".*#", "");
        sentence.click();
        wait.until(d -> d.getCurrentUrl().endsWith("#" + fragment));
        assertEquals(fragment, browser.executeScript("var t = document.querySelector(':target'); return t ? t.id : null;"));
        assertEquals("rgb(255, 216, 77)", browser.executeScript(
                "return getComputedStyle(document.querySelector(':target')).backgroundColor;"), "highlighted");
        assertEquals(Boolean.TRUE, browser.executeScript("var r = document.querySelector(':target').getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;"), "scrolled into view");
        assertTrue(browser.findElement(By.cssSelector(":target")).getText().toLowerCase(java.util.Locale.ROOT)
                .contains("putin"), "the sentence that matched");
        shot("search-sentence");
    }

    @Test
    void theSearchBoxCompletesNamesAndAChosenNameOpensItsPage() throws Exception {
        browser.get(seeds.root + "/");
        browser.findElement(By.id("search-box")).sendKeys("Vladi");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript("return Array.from(document.querySelectorAll("
                + "'#search-suggestions option')).some(o => o.value === 'Vladimir Putin');")));
        browser.executeScript("var b = document.getElementById('search-box'); b.value = 'Vladimir Putin';"
                + " b.dispatchEvent(new Event('input'));");
        wait.until(d -> d.getCurrentUrl().endsWith("/actor/vladimir-putin"));
        assertEquals("Vladimir Putin", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void aPageOnAnotherOriginFetchesQueryResultsAndTurtle() throws Exception {
        String query = "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }";
        String html = "<!DOCTYPE html><html><body><p id='get'>waiting</p><p id='post'>waiting</p><p id='ttl'>waiting</p>"
                + "<script>const root = '" + seeds.root + "'; const q = '" + query + "';"
                + "const show = (id, p) => p.then(v => document.getElementById(id).textContent = v)"
                + ".catch(e => document.getElementById(id).textContent = 'failed ' + e);"
                + "show('get', fetch(root + '/sparql?query=' + encodeURIComponent(q), {headers: {Accept: "
                + "'application/sparql-results+json'}}).then(r => r.json()).then(j => 'rows ' + j.results.bindings.length));"
                + "show('post', fetch(root + '/sparql', {method: 'POST', headers: {'Content-Type': 'application/sparql-query',"
                + " Accept: 'application/sparql-results+json'}, body: q}).then(r => r.json())"
                + ".then(j => 'rows ' + j.results.bindings.length));"
                + "show('ttl', fetch(root + '/actor/vladimir-putin', {headers: {Accept: 'text/turtle'}}).then(r => r.text())"
                + ".then(t => t.includes('Vladimir Putin') ? 'turtle' : 'other'));"
                + "</script></body></html>";
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", x -> {
            byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        other.start();
        try {
            browser.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            for (String id : List.of("get", "post", "ttl")) {
                wait.until(d -> !d.findElement(By.id(id)).getText().equals("waiting"));
            }
            assertEquals("rows 5", browser.findElement(By.id("get")).getText(), "a cross-origin GET of /sparql");
            assertEquals("rows 5", browser.findElement(By.id("post")).getText(), "a preflighted cross-origin POST");
            assertEquals("turtle", browser.findElement(By.id("ttl")).getText(), "a page's Turtle, cross-origin");
            shot("cross-origin");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void claimFacetsComposeAndTheRowsMatchBoth() throws Exception {
        browser.get(seeds.root + "/");
        browser.findElement(By.linkText("Browse")).click();
        browser.findElement(By.linkText("Claims")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.getCurrentUrl().endsWith("/claim/"));
        WebElement speaker = browser.findElement(By.cssSelector("ul[data-facet='speaker'] a"));
        String name = speaker.getText();
        speaker.click();
        wait.until(d -> d.getCurrentUrl().contains("speaker="));
        WebElement year = browser.findElement(By.cssSelector("ul[data-facet='year'] a"));
        String y = year.getText();
        year.click();
        wait.until(d -> d.getCurrentUrl().contains("from=" + y) && d.getCurrentUrl().contains("speaker="));
        List<WebElement> rows = browser.findElements(By.cssSelector("#rows tr:not(:first-child)"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(name, cells.get(1).getText(), "the speaker chosen");
            assertTrue(cells.get(2).getText().startsWith(y), "the year chosen: " + cells.get(2).getText());
        }
        assertEquals(3, browser.findElements(By.cssSelector("a.chosen")).size(), "speaker, from and to shown, each removable");
        shot("claims-faceted");
    }

    @Test
    void anActorPageShowsItsTimelineAndNetworkAndANodeOpensItsPage() throws Exception {
        browser.get(seeds.root + "/actor/william-hague");
        WebElement timeline = browser.findElement(By.cssSelector("figure.timeline svg"));
        assertTrue(timeline.getSize().getWidth() > 300 && timeline.getSize().getHeight() > 100, timeline.getSize().toString());
        assertFalse(timeline.findElements(By.cssSelector("rect.bar-claim")).isEmpty(), "his claims over time");
        WebElement network = browser.findElement(By.cssSelector("figure.network svg"));
        assertTrue(network.getSize().getHeight() > 200, network.getSize().toString());
        shot("actor-pictures");
        browser.get(seeds.root + "/country/RU");
        assertFalse(browser.findElements(By.cssSelector("figure.timeline svg rect")).isEmpty(), "a country's timeline");
        WebElement node = browser.findElement(By.cssSelector("figure.network svg a"));
        String name = node.findElement(By.tagName("title")).getAttribute("textContent").replaceFirst(": \\d+ shared.*", "");
        String href = node.getDomAttribute("href");
        browser.get(href.startsWith("http") ? href : seeds.root + href);
        assertEquals(name, browser.findElement(By.tagName("h1")).getText(), "the node opens its page");
        browser.get(seeds.root + "/");
        WebElement months = browser.findElement(By.cssSelector("figure.months svg"));
        assertTrue(months.getSize().getWidth() > 300, months.getSize().toString());
        months.findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/article/?from="));
        assertFalse(browser.findElements(By.cssSelector("#rows a")).isEmpty(), "the bar lists its month's articles");
        shot("landing-months");
    }

    @Test
    void landingPageShowsCountsAndLinksEverywhere() throws Exception {
        browser.get(seeds.root + "/");
        assertEquals("5", browser.findElement(By.id("count-articles")).getText());
        assertFalse(browser.findElements(By.linkText("SPARQL")).isEmpty());
        assertFalse(browser.findElements(By.linkText("Dumps")).isEmpty());
        shot("landing");
        browser.findElement(By.cssSelector("section a[href*='/article/']")).click();
        assertFalse(browser.findElements(By.cssSelector("#text a.m")).isEmpty(), "an article page with mentions");
    }

    @Test
    void articleTextLinksMentionsToTheirPages() throws Exception {
        List<String> article = LinkedDataTest.instance(seeds.root, seeds.base, "NewsArticle");
        browser.get(local(article.get(0)));
        List<WebElement> mentions = browser.findElements(By.cssSelector("#text a.m"));
        assertTrue(mentions.size() > 10, "mentions highlighted: " + mentions.size());
        assertFalse(browser.findElements(By.cssSelector("#text .claim")).isEmpty(), "claims highlighted");
        shot("article");
        WebElement first = mentions.get(0);
        String name = first.getAttribute("title");
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.tagName("h1")).isEmpty()
                && d.getCurrentUrl().contains("/actor/") || d.getCurrentUrl().contains("/country/"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText(), "the mention leads to its entity");
    }

    @Test
    void actorPageListsClaimsArticlesAndCoMentions() throws Exception {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?a WHERE { ?c ng:speaker ?a } "
                + "GROUP BY ?a ORDER BY DESC(COUNT(?c)) ?a LIMIT 1";
        var r = LinkedDataTest.get(seeds.root + "/sparql?query=" + java.net.URLEncoder.encode(q,
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        String actor = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).findFirst()
                .orElseThrow().strip();
        browser.get(local(actor));
        List<String> headings = browser.findElements(By.tagName("h2")).stream().map(WebElement::getText).toList();
        assertTrue(headings.containsAll(List.of("Claims made", "Articles", "Mentioned together with")),
                headings::toString);
        shot("actor");
    }

    @Test
    void queryPageRunsQueriesAndLinksResults() throws Exception {
        browser.get(seeds.root + "/sparql");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr a[href*='/article/']")).isEmpty());
        assertEquals(5, browser.findElements(By.cssSelector(".yasr table tbody tr")).size(), "five seed articles");
        // Where the row number's text ends and the first column's text begins, on every row.
        Object gaps = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll("
                + "'.yasr table tbody tr')].map(tr => { const [n, c] = tr.querySelectorAll('td');"
                + " const text = td => { const r = document.createRange(); r.selectNodeContents(td.firstElementChild);"
                + " return r.getBoundingClientRect(); }; return c.textContent.trim() ? text(c).left - text(n).right : 99; });");
        for (Object gap : (List<?>) gaps) {
            assertTrue(((Number) gap).doubleValue() >= 8, "row numbers stand apart from the first column: " + gaps);
        }
        shot("query");
        browser.findElement(By.cssSelector("a.example[data-name='authors.rq']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasr table tbody tr, "
                + ".tabPanel.active .yasr .dataTables_empty")).size() > 0);
        assertTrue(browser.findElements(By.cssSelector(".tabsList .tab")).size() >= 2, "the example opened a tab");
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), () -> "console errors on the query page: " + errors);
    }

    @Test
    void aScriptInAnArticleStaysInert(@TempDir Path input, @TempDir Path data) throws Exception {
        Files.writeString(input.resolve("evil.txt"), """
                Hackers <script>window.xss = 1; alert('xss')</script> target the "Foreign Office"

                By Jane Roe <img src=x onerror="window.xss = 2">

                12 March 2016

                The Foreign Office said on Tuesday that Russia <script>window.xss = 3</script> had been warned.
                "We will not accept <b>this</b>," Boris Johnson said.
                """);
        int port = buildOnFreePort(input, data);
        String base = "http://localhost:" + port + "/";
        try (Store store = Store.open(data)) {
            FusekiServer server = NewsgraphServer.start(store.dataset(), store.dir(), base, port);
            try {
                browser.get(base + "article/evil");
                assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
                assertEquals(null, browser.executeScript("return window.xss === undefined ? null : window.xss;"));
                assertTrue(browser.findElement(By.tagName("body")).getText().contains("<script>"),
                        "the script shows as text");
                assertTrue(browser.findElements(By.cssSelector("main script, main img")).isEmpty(),
                        "no element came from the article");
                shot("script-inert");
            } finally {
                server.stop();
            }
        }
    }

    /** Markup that runs script if any page pastes article text unescaped, in every context a page uses. */
    private static final List<String> PAYLOADS = List.of(
            "<script>window.xss = 11</script>",
            "<img src=x onerror=\"window.xss = 12\">",
            "<svg onload=\"window.xss = 13\">",
            "\"><script>window.xss = 14</script>",
            "'><img src=x onerror='window.xss = 15'>",
            "</textarea></title></style><script>window.xss = 16</script>",
            "<a href=\"javascript:window.xss = 17\">Vladimir Putin</a>",
            "<iframe srcdoc=\"<script>parent.xss = 18</script>\"></iframe>",
            "{{{body}}} <math><mtext><script>window.xss = 19</script>",
            "<details open ontoggle=\"window.xss = 20\">");

    /** What a payload that ran or was pasted as markup leaves behind: a window.xss value, or its elements. */
    private static final String INERT = "var out = []; if (window.xss !== undefined) { out.push('window.xss = ' + window.xss); }"
            + " document.querySelectorAll(\"main script, main img, main svg[onload], main iframe, main details,"
            + " main [onerror], main a[href^='javascript']\").forEach(function (e) { out.push(e.outerHTML); });"
            + " return out;";

    // Payloads in the file name, headline, by-line, body, quotes, a speaker, a comment; then every page
    // the article's graph names (article, spans, claims, actors, events, graph) opened in Chromium.
    @Test
    void xssPayloadsStayInertOnEveryPageTheyReach(@TempDir Path input, @TempDir Path data) throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : PAYLOADS) {
            body.append("The Foreign Office said on Tuesday that Russia ").append(p).append(" had been warned.\n")
                    .append('"').append(p).append(" We will not accept this,\" Boris Johnson ").append(p)
                    .append(" said.\n\n");
        }
        String text = "Spies " + PAYLOADS.get(0) + " target the \"Foreign Office\" " + PAYLOADS.get(3) + "\n\nBy "
                + "Jane Roe " + PAYLOADS.get(1) + "\n\n12 March 2016\n\n" + body + "Comments\n\n"
                + PAYLOADS.get(5) + " wrote:\nThis is a comment " + PAYLOADS.get(2) + "\n";
        Files.writeString(input.resolve("evil\"><img src=x onerror=alert(1)>.txt"), text);
        int port = buildOnFreePort(input, data);
        String base = "http://localhost:" + port + "/";
        try (Store store = Store.open(data)) {
            List<String> pages = new ArrayList<>(List.of(base, base + "sparql", base + "dumps/"));
            // Only the article's own graph: the reference graph's hundreds of actors never saw a payload, and
            // listed first they used to fill the page budget before any article, span or claim page.
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().startsWith(base + "graph/article/")) {
                    return;
                }
                for (Node n : List.of(q.getSubject(), q.getObject(), q.getGraph())) {
                    if (n.isURI() && n.getURI().startsWith(base) && !pages.contains(n.getURI())) {
                        pages.add(n.getURI());
                    }
                }
            }));
            assertTrue(pages.size() > 20, "the article's graph names its claims, spans, actors: " + pages.size());
            FusekiServer server = NewsgraphServer.start(store.dataset(), store.dir(), base, port);
            try {
                int opened = 0;
                for (String page : pages.subList(0, Math.min(pages.size(), 200))) {
                    browser.get(page);
                    // One round trip per page: a script fails with an unhandled alert if the page opened one.
                    Object found;
                    try {
                        found = browser.executeScript(INERT);
                    } catch (UnhandledAlertException e) {
                        throw new AssertionError("an alert on " + page, e);
                    }
                    assertEquals(List.of(), found, page);
                    opened++;
                }
                assertTrue(opened > 20, "pages opened: " + opened);
                browser.get(pages.stream().filter(u -> u.startsWith(base + "article/")).findFirst().orElseThrow());
                shot("xss-article");
            } finally {
                server.stop();
            }
        }
    }

    // Builds an input folder with IRIs minted under a free port's address, so its pages dereference there.
    private static int buildOnFreePort(Path input, Path data) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(0, Main.run("build", "--input", input.toString(), "--data", data.toString(), "--base",
                "http://localhost:" + port + "/"));
        return port;
    }
}
