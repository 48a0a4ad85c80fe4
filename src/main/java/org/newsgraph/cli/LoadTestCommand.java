package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.base.NewsgraphException;
import org.newsgraph.web.ExampleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph loadtest}: drives a running newsgraph server on this machine with concurrent
 * clients over a mix of pages and the example queries, and reports throughput, latency
 * percentiles and errors; with {@code --attack} it also holds slow POSTs and catastrophic-regex
 * queries against it and reports how the landing page answers meanwhile.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Load-test a running server on this machine: N clients for S seconds over pages and the "
                + "example queries; reports requests/s, p50/p95/p99 latency and errors (exit 1 if any). "
                + "--attack adds 20 slow POSTs and 20 catastrophic-regex queries and probes the landing page.")
final class LoadTestCommand implements Callable<Integer> {

    /** A regex that backtracks exponentially on its subject: stopped only by the server's guard. */
    static final String CATASTROPHIC = "SELECT * { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) "
            + "FILTER(REGEX(?x, \"(.*a){30}x\")) }";

    private static final int ATTACKERS = 20;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:3030/",
            description = "root of the server; must be on this machine (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "64",
            description = "concurrent clients, each sending its next request when the last is answered "
                    + "(default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "duration (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--request-timeout", paramLabel = "S", defaultValue = "60",
            description = "a request unanswered this long counts as an error (default: ${DEFAULT-VALUE})")
    int requestTimeout;

    @Option(names = "--per-kind", paramLabel = "N",
            description = "instead of a timed mix: N requests of each page type (landing, article, actor, the "
                    + "most-mentioned actor, country, the most-mentioned country, event, claim, span) and of each "
                    + "contract query, none answered from the server's cache, and a markdown table of p50/p95")
    Integer perKind;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "10",
            description = "with --per-kind: first send N requests of each page type, not counted, so that p95 over a "
                    + "few dozen requests measures the running server, not its first compilations (default: ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--kind-seconds", paramLabel = "S", defaultValue = "300",
            description = "with --per-kind: stop a kind after this long, counting what was answered (default: ${DEFAULT-VALUE})")
    int kindSeconds;

    @Option(names = "--only", paramLabel = "PREFIX", split = ",",
            description = "with --per-kind: measure only the kinds whose names start so (e.g. search,list)")
    List<String> only;

    @Option(names = "--top-actor", paramLabel = "IRI",
            description = "with --per-kind: the most-mentioned actor, if known (else found by a query)")
    String topActor;

    @Option(names = "--top-country", paramLabel = "IRI",
            description = "with --per-kind: the most-mentioned country, if known (else found by a query)")
    String topCountry;

    @Option(names = "--attack", description = "also hold 20 slow POSTs and 20 catastrophic-regex queries, and "
            + "probe the landing page once a second")
    boolean attack;

    /** One request of the mix. */
    record Target(String kind, String path, String accept) { }

    /** Latencies and failures of one kind of request. */
    static final class Tally {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current = new long[4096];
        private int n;
        final Map<String, Integer> errors = new TreeMap<>();

        synchronized void ok(long micros) {
            if (n == current.length) {
                chunks.add(current);
                current = new long[current.length];
                n = 0;
            }
            current[n++] = micros;
        }

        synchronized void error(String what) {
            errors.merge(what, 1, Integer::sum);
        }

        synchronized long[] sorted() {
            long[] all = new long[chunks.size() * current.length + n];
            int i = 0;
            for (long[] c : chunks) {
                System.arraycopy(c, 0, all, i, c.length);
                i += c.length;
            }
            System.arraycopy(current, 0, all, i, n);
            Arrays.sort(all);
            return all;
        }

        synchronized int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        URI root = root(url);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        if (perKind != null) {
            return new Survey(http, root).run();
        }
        List<Target> targets = targets(http, root);
        long pages = targets.stream().filter(t -> t.kind().equals("page")).count();
        System.out.printf("newsgraph loadtest: %d clients for %d s against %s (%d pages, %d queries%s)%n", clients,
                seconds, root, pages, targets.size() - pages, attack ? ", under attack" : "");
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, Tally> tallies = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            threads.add(start("client-" + c, () -> {
                for (int i = id; System.nanoTime() < end; i++) {
                    Target t = targets.get(i % targets.size());
                    timed(http, root, t, tallies.computeIfAbsent(t.kind(), k -> new Tally()));
                }
            }));
        }
        Attack siege = attack ? new Attack(http, root, end) : null;
        if (siege != null) {
            threads.addAll(siege.start());
        }
        for (Thread t : threads) {
            t.join();
        }
        return report(tallies, siege);
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void timed(HttpClient http, URI root, Target t, Tally tally) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(root.resolve(t.path()))
                    .header("Accept", t.accept()).timeout(Duration.ofSeconds(requestTimeout)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 400) {
                tally.error("HTTP " + r.statusCode() + " " + t.path().substring(0, Math.min(60, t.path().length())));
            } else {
                tally.ok((System.nanoTime() - t0) / 1000);
            }
        } catch (IOException e) {
            tally.error(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Only a server on this machine: the tool must not be pointed at somebody else's.
    private static URI root(String url) {
        URI u = URI.create(url.endsWith("/") ? url : url + "/");
        try {
            if (u.getHost() == null || !InetAddress.getByName(u.getHost()).isLoopbackAddress()) {
                throw new NewsgraphException(url, -1, "loadtest only targets this machine (localhost, 127.0.0.1)", null);
            }
        } catch (UnknownHostException e) {
            throw new NewsgraphException(url, -1, "unknown host: " + e.getMessage(), e);
        }
        return u;
    }

    /** The mix: fixed pages, pages and RDF of instances the server names, and every example query. */
    private static List<Target> targets(HttpClient http, URI root) {
        List<Target> out = new ArrayList<>(List.of(new Target("page", "", "text/html"),
                new Target("page", "dumps/", "text/html"), new Target("page", "sparql", "text/html")));
        for (String type : List.of("NewsArticle", "Person", "Organization", "Country", "Event", "Claim")) {
            for (String iri : instances(http, root, type)) {
                String path = localPath(iri);
                out.add(new Target("page", path, "text/html"));
                out.add(new Target("page", path + ".ttl", "text/turtle"));
            }
        }
        for (ExampleQueries.Example e : ExampleQueries.load()) {
            out.add(new Target("query", "sparql?query=" + URLEncoder.encode(e.text(), StandardCharsets.UTF_8),
                    "application/sparql-results+json"));
        }
        return out;
    }

    private static List<String> instances(HttpClient http, URI root, String type) {
        return select(http, root, "PREFIX schema: <https://schema.org/> SELECT ?x { ?x a schema:" + type
                + " } ORDER BY ?x LIMIT 5", type);
    }

    // The first column of a query's answer, one value a row.
    private static List<String> select(HttpClient http, URI root, String q, String what) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(root.resolve("sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new NewsgraphException(root.toString(), -1, "cannot list " + what + ": HTTP " + r.statusCode(), null);
            }
            return r.body().lines().skip(1).map(l -> l.split(",", 2)[0].strip()).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new NewsgraphException(root.toString(), -1, "no server answers: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    // The server serves its IRIs under its own root: /article/..., /actor/..., whatever the base.
    private static String localPath(String iri) {
        Matcher m = Pattern.compile("/((?:article|actor|country|event|claim)/.*)$").matcher(iri);
        if (!m.find()) {
            throw new NewsgraphException(iri, -1, "not an IRI of this dataset's pages", null);
        }
        return m.group(1);
    }

    /** Slow POSTs and catastrophic regexes held for the whole run, and a landing-page probe. */
    private final class Attack {
        private final HttpClient http;
        private final URI root;
        private final long end;
        private final AtomicInteger slowOpened = new AtomicInteger();
        private final Map<Integer, Integer> regexAnswers = new ConcurrentHashMap<>();
        private final AtomicLong landingWorst = new AtomicLong();
        private final LongAdder probes = new LongAdder();
        private final LongAdder probeFailures = new LongAdder();

        Attack(HttpClient http, URI root, long end) {
            this.http = http;
            this.root = root;
            this.end = end;
        }

        List<Thread> start() {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < ATTACKERS; i++) {
                int attacker = i;
                threads.add(LoadTestCommand.start("slow-post-" + i, this::slowPosts));
                threads.add(LoadTestCommand.start("regex-" + i, () -> regexes(attacker)));
            }
            threads.add(LoadTestCommand.start("probe", this::probe));
            return threads;
        }

        // Content-Length 100000, then one byte every 5 s; a connection the server cuts is opened again.
        private void slowPosts() {
            while (System.nanoTime() < end) {
                try (Socket s = new Socket(root.getHost(), root.getPort() < 0 ? 80 : root.getPort())) {
                    slowOpened.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(("POST /sparql HTTP/1.1\r\nHost: " + root.getHost() + "\r\nContent-Type: "
                            + "application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nquery=")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    while (System.nanoTime() < end) {
                        Thread.sleep(5000);
                        out.write('a');
                        out.flush();
                    }
                } catch (IOException e) {
                    pause(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        // Each attacker's query differs (a comment), so the server cannot answer them all with one run.
        private void regexes(int attacker) {
            for (int n = 0; System.nanoTime() < end; n++) {
                String query = CATASTROPHIC + " # attacker " + attacker + ", try " + n;
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(root.resolve("sparql?query="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(120))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    regexAnswers.merge(r.statusCode(), 1, Integer::sum);
                } catch (IOException e) {
                    regexAnswers.merge(-1, 1, Integer::sum);
                    pause(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void probe() {
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(root).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        probeFailures.increment();
                    }
                } catch (IOException e) {
                    probeFailures.increment();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                probes.increment();
                landingWorst.accumulateAndGet(ms, Math::max);
                pause(Math.max(0, 1000 - ms));
            }
        }

        private void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * N requests of each page type and contract query, each kind in turn with all clients, none
     * answered from the cache: a page's Accept header and a query's trailing comment differ per
     * request, so every answer is rendered or run afresh.
     */
    private final class Survey {
        private static final String PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX ng: "
                + "<https://w3id.org/newsgraph/ns#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> ";
        private static final List<String> CONTRACT = List.of("articles.rq", "actors.rq", "countries.rq", "quotes.rq",
                "events.rq");
        private final HttpClient http;
        private final URI root;

        private final String run = Long.toString(System.nanoTime(), 36);

        Survey(HttpClient http, URI root) {
            this.http = http;
            this.root = root;
        }

        int run() throws InterruptedException {
            Map<String, List<Target>> kinds = new java.util.LinkedHashMap<>();
            kinds.put("landing", List.of(new Target("page", "", "text/html")));
            kinds.put("article", pages("SELECT DISTINCT ?x { ?x a schema:NewsArticle }"));
            kinds.put("actor", pages("SELECT DISTINCT ?x { ?m itsrdf:taIdentRef ?x FILTER(CONTAINS(STR(?x), \"/actor/\")) }"));
            String mostMentioned = topActor != null ? topActor : top("/actor/");
            kinds.put("actor, most mentioned", List.of(page(mostMentioned)));
            kinds.put("country", pages("SELECT DISTINCT ?x { ?x a schema:Country }"));
            kinds.put("country, most mentioned", List.of(page(topCountry != null ? topCountry : top("/country/"))));
            kinds.put("event", pages("SELECT DISTINCT ?x { ?x a schema:Event }"));
            kinds.put("claim", pages("SELECT DISTINCT ?x { ?x a schema:Claim }"));
            kinds.put("span", pages("SELECT DISTINCT ?x { ?c ng:span ?x }"));
            kinds.put("search", searches());
            String speaker = localPath(mostMentioned);
            for (String list : List.of("claim", "article", "event", "actor", "country")) {
                kinds.put("list /" + list + "/", lists(list, speaker));
            }
            for (ExampleQueries.Example e : ExampleQueries.load()) {
                if (CONTRACT.contains(e.name())) {
                    kinds.put("query " + e.name(), List.of(new Target("query", e.text(), "text/csv")));
                }
            }
            if (only != null) {
                kinds.keySet().removeIf(k -> only.stream().noneMatch(k::startsWith));
            }
            // The warm-up asks for other resources of each kind where there are more than the survey takes.
            for (Map.Entry<String, List<Target>> k : kinds.entrySet()) {
                if (!k.getKey().startsWith("query ") && !k.getValue().isEmpty()) {
                    requests(k.getValue(), perKind, perKind + warmUp, Long.MAX_VALUE, new Tally());
                }
            }
            System.out.printf("newsgraph loadtest: %d requests of each kind, %d clients, against %s, after %d uncounted "
                    + "requests of each page type%n%n", perKind, clients, root, warmUp);
            System.out.println("| page or query | requests | p50 ms | p95 ms | max ms | errors | e.g. |");
            System.out.println("|---|---:|---:|---:|---:|---:|---|");
            int errors = 0;
            for (Map.Entry<String, List<Target>> k : kinds.entrySet()) {
                errors += measure(k.getKey(), k.getValue());
            }
            return errors == 0 ? 0 : 1;
        }

        private int measure(String kind, List<Target> targets) throws InterruptedException {
            if (targets.isEmpty()) {
                System.out.printf("| %s | 0 | | | | | none in this graph |%n", kind);
                return 0;
            }
            Tally tally = new Tally();
            requests(targets, 0, perKind, System.nanoTime() + kindSeconds * 1_000_000_000L, tally);
            long[] l = tally.sorted();
            tally.errors.forEach((what, n) -> System.err.printf("  %s: error %s: %d%n", kind, what, n));
            String example = targets.get(0).kind().equals("page") ? "/" + targets.get(0).path() : "queries/"
                    + kind.substring("query ".length());
            System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %d | %s |%n", kind, l.length, pct(l, 50), pct(l, 95),
                    l.length == 0 ? 0 : l[l.length - 1] / 1000.0, tally.errorCount(),
                    example.length() > 60 ? example.substring(0, 57) + "..." : example);
            return tally.errorCount();
        }

        // Requests from..to-1 (request i asks for target i, round the list), by all clients, until the deadline.
        private void requests(List<Target> targets, int from, int to, long deadline, Tally tally) throws InterruptedException {
            AtomicInteger next = new AtomicInteger(from);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                threads.add(start("survey-" + c, () -> {
                    for (int i = next.getAndIncrement(); i < to && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        timed(http, root, fresh(targets.get(i % targets.size()), i), tally);
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }

        // The cache keys answers by URI and Accept header: request i differs from every other in one of them,
        // this run's and those of earlier runs against the same server (whose answers it still holds).
        private Target fresh(Target t, int i) {
            String id = run + "-" + i;
            if (t.kind().equals("query")) {
                String text = t.path() + "\n# request " + id;
                return new Target("query", "sparql?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8), t.accept());
            }
            return new Target(t.kind(), t.path(), t.accept() + ", application/x-uncached-" + id + ";q=0.01");
        }

        private List<Target> pages(String select) {
            return select(http, root, PREFIXES + select + " LIMIT " + Math.min(perKind + warmUp, 200), "instances").stream()
                    .map(this::page).toList();
        }

        // Searches for the names the articles mention, each as a reader would type it.
        private List<Target> searches() {
            return select(http, root, PREFIXES + "SELECT DISTINCT ?l { ?m itsrdf:taIdentRef ?x ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?l } LIMIT "
                    + Math.min(perKind + warmUp, 200), "names").stream()
                    .map(l -> new Target("page", "search?q=" + URLEncoder.encode(l, StandardCharsets.UTF_8), "text/html"))
                    .toList();
        }

        // A list's first pages, and its first page narrowed by a year and by a speaker where it takes them.
        private List<Target> lists(String list, String speaker) {
            List<Target> out = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                out.add(new Target("page", list + "/" + (page == 1 ? "" : "?page=" + page), "text/html"));
            }
            if (!list.equals("actor") && !list.equals("country")) {
                out.add(new Target("page", list + "/?from=2015&to=2015", "text/html"));
                out.add(new Target("page", list + "/?speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8),
                        "text/html"));
            }
            return out;
        }

        private Target page(String iri) {
            return new Target("page", localPath(iri), "text/html");
        }

        // Counted after grouping, so each mention is read once however many graphs repeat its entity.
        private String top(String path) {
            List<String> top = select(http, root, PREFIXES + "SELECT ?x { { SELECT ?x (COUNT(?m) AS ?n) "
                    + "{ ?m itsrdf:taIdentRef ?x } GROUP BY ?x } FILTER(CONTAINS(STR(?x), \"" + path + "\")) } "
                    + "ORDER BY DESC(?n) ?x LIMIT 1", "the most-mentioned " + path);
            if (top.isEmpty()) {
                throw new NewsgraphException(root.toString(), -1, "no entity under " + path + " is mentioned", null);
            }
            return top.get(0);
        }
    }

    private int report(Map<String, Tally> tallies, Attack siege) {
        Tally all = new Tally();
        int errors = 0;
        for (Map.Entry<String, Tally> e : new TreeMap<>(tallies).entrySet()) {
            long[] l = e.getValue().sorted();
            for (long v : l) {
                all.ok(v);
            }
            errors += e.getValue().errorCount();
            line("  " + e.getKey(), l, e.getValue().errorCount());
            e.getValue().errors.forEach((what, n) -> System.out.printf("    error %s: %d%n", what, n));
        }
        long[] l = all.sorted();
        System.out.printf("requests %d, %.1f/s%n", l.length + errors, (l.length + errors) / (double) seconds);
        line("all", l, errors);
        if (siege != null) {
            System.out.printf("attack: %d slow POST connections opened, regex answers %s; landing page worst %d ms "
                            + "over %d probes (%d failed)%n", siege.slowOpened.get(), new TreeMap<>(siege.regexAnswers),
                    siege.landingWorst.get(), siege.probes.sum(), siege.probeFailures.sum());
        }
        return errors == 0 && (siege == null || siege.probeFailures.sum() == 0) ? 0 : 1;
    }

    private static void line(String what, long[] sorted, int errors) {
        System.out.printf("%-10s n %7d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %8.1f ms  errors %d%n", what,
                sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0, errors);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
