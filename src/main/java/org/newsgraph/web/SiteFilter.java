package org.newsgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.newsgraph.rdf.Iris;

/**
 * newsgraph's own HTTP face in front of Fuseki: landing page, query page, static files, dumps,
 * the VoID description and every dataset IRI as a page or RDF (content negotiation). SPARQL
 * protocol requests and Fuseki's admin paths pass on to Fuseki.
 */
final class SiteFilter extends HttpFilter {

    private static final String DEFAULT_QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?date ?publisher ?title ?article WHERE {
              ?article a schema:NewsArticle ; schema:headline ?title .
              OPTIONAL { ?article schema:datePublished ?date }
              OPTIONAL { ?article schema:publisher/schema:name ?publisher }
            }
            ORDER BY DESC(?date)
            """;

    /** The HTML page gets a strict policy: article text can never run script even if escaping failed. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The query page runs YASGUI from this server; it needs inline styles and data: images and
     * fonts, and talks to the endpoint on the same origin only.
     */
    private static final String QUERY_PAGE_CSP = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /** Query results are data: a browser that opens one must not run or load anything from it. */
    private static final String DATA_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /** Time a request body may take before its rate is judged. */
    private static final long BODY_GRACE_MS = 2000;
    /** The most of a refused body read before its 413 is sent (see {@link #drain}). */
    private static final long DRAIN_BYTES = 1L << 20;

    /** Methods the endpoint answers; everything else (TRACE, PUT, DELETE, ...) is refused. */
    private static final String SPARQL_METHODS = "GET, HEAD, POST, OPTIONS";

    /** An example query as the query page shows it. */
    record ExampleView(String name, String question, String text, String encoded) { }

    private final Templates templates;
    private final SiteInfo site;
    private final List<ExampleView> examples;
    private final PageService pages;
    private final SearchService search;
    private final ListService lists;
    private final RdfRenderer renderer;
    private final DumpFiles dumps;
    private final VoidDescription voidDescription;
    private final ServerLimits limits;
    private final Links links;
    private final QueryGuard guard;
    private final Gate queryGate;
    private final Gate pageGate;
    private final ResponseCache cache;
    private final Map<String, Object> inflight = new ConcurrentHashMap<>();
    private final Delivery delivery;

    SiteFilter(Templates templates, SiteInfo site, List<ExampleQueries.Example> examples, PageService pages,
               SearchService search, ListService lists, RdfRenderer renderer, DumpFiles dumps, VoidDescription voidDescription,
               ServerLimits limits, Links links, Delivery delivery) {
        this.delivery = delivery;
        this.templates = templates;
        this.site = site;
        this.pages = pages;
        this.search = search;
        this.lists = lists;
        this.renderer = renderer;
        this.dumps = dumps;
        this.voidDescription = voidDescription;
        this.limits = limits;
        this.links = links;
        this.guard = new QueryGuard(limits);
        this.queryGate = new Gate(limits.runningQueries(), limits.queueWait(), "queries");
        this.pageGate = new Gate(limits.runningPages(), limits.queueWait(), "page requests");
        this.cache = new ResponseCache(limits.cacheBytes());
        this.examples = examples.stream().map(e -> new ExampleView(e.name(), e.question(), e.text(),
                URLEncoder.encode(e.text(), StandardCharsets.UTF_8))).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean get = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        // Open data: notebooks and web apps on any origin may read the endpoint, pages and dumps. Nothing
        // here depends on cookies or credentials, so a wildcard gives a script no more than curl has.
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", "Content-Location, Content-Length, Retry-After, Vary");
        if (req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            preflight(resp, path);
            return;
        }
        try {
            if (path.equals(NewsgraphServer.SPARQL) && get && req.getParameter("query") == null
                    && Format.negotiate(req.getHeader("Accept")).filter(f -> f != Format.HTML).isPresent()) {
                Format f = Format.negotiate(req.getHeader("Accept")).get();
                resp.setHeader("Vary", "Accept");
                rdf(resp, ServiceDescription.of(site.base()), f, Deadline.in(limits.pageBudget()));
            } else if (path.equals(NewsgraphServer.SPARQL) && !(get && wantsQueryPage(req))) {
                sparql(req, resp, chain, path);
            } else if (!get) {
                resp.setHeader("Allow", "GET, HEAD");
                plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: "
                        + (path.equals(NewsgraphServer.SPARQL) ? SPARQL_METHODS : "GET, HEAD") + " only\n");
            } else if (path.startsWith("/$/")) {
                chain.doFilter(req, resp);
            } else {
                page(req, resp, path);
            }
        } catch (RefusedRequest e) {
            refuse(req, resp, e);
        }
    }

    // A browser asks before a cross-origin POST or a request with its own headers: which methods and headers
    // it may use here, for a day.
    private static void preflight(HttpServletResponse resp, String path) {
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        resp.setHeader("Access-Control-Allow-Methods", path.equals(NewsgraphServer.SPARQL) ? SPARQL_METHODS : "GET, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
        resp.setHeader("Access-Control-Max-Age", "86400");
        resp.setContentLength(0);
    }

    // The SPARQL protocol is Fuseki's; this checks the request at the door, lets a bounded number
    // run at once, and buffers the answer so its status is the true one.
    private void sparql(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String path)
            throws IOException, ServletException {
        String method = req.getMethod();
        if (!SPARQL_METHODS.contains(method)) {
            resp.setHeader("Allow", SPARQL_METHODS);
            plain(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: " + SPARQL_METHODS + " only\n");
            return;
        }
        resp.setHeader("Content-Security-Policy", DATA_CSP);
        String queryString = req.getQueryString();
        if (queryString != null && queryString.length() > 3L * limits.maxQueryBytes()) {
            throw new RefusedRequest(path, 414, "Request URI too long: send the query in a POST body, of at most "
                    + limits.maxQueryBytes() + " bytes");
        }
        if (req.getContentLengthLong() > limits.maxQueryBytes()) {
            throw new RefusedRequest(path, 413, "Request body too large: " + req.getContentLengthLong()
                    + " bytes; this endpoint accepts up to " + limits.maxQueryBytes());
        }
        HttpServletRequest request = req;
        String query;
        if (method.equals("POST")) {
            BufferedRequest body = new BufferedRequest(req, readBody(req, path));
            request = body;
            query = isSparqlQueryBody(req) ? body.text() : body.getParameter("query");
        } else {
            query = method.equals("OPTIONS") ? null : req.getParameter("query");
        }
        if (query != null) {
            guard.check(path, query);
        }
        HttpServletRequest forward = request;
        Answer run = () -> {
            BufferedResponse buffered = new BufferedResponse(resp, limits.maxResultBytes());
            try (Gate.Pass pass = queryGate.enter(path)) {
                chain.doFilter(forward, buffered);
            }
            return buffered;
        };
        if (method.equals("GET") || method.equals("HEAD")) {
            answerOnce(req, resp, run);
        } else {
            run.produce().finish(req, resp, delivery);
        }
    }

    /** Work that writes a complete answer into a buffer. */
    private interface Answer {
        BufferedResponse produce() throws IOException, ServletException;
    }

    // From the cache when it can; otherwise one request per key does the work while identical
    // ones wait for its answer, so a burst of the same uncached query runs it once, not 64 times.
    private void answerOnce(HttpServletRequest req, HttpServletResponse resp, Answer answer)
            throws IOException, ServletException {
        String key = ResponseCache.key(req);
        Optional<ResponseCache.Entry> hit = cache.get(key);
        if (hit.isPresent()) {
            ResponseCache.send(hit.get(), req, resp, delivery);
            return;
        }
        Object lock = inflight.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                hit = cache.get(key);
                if (hit.isPresent()) {
                    ResponseCache.send(hit.get(), req, resp, delivery);
                    return;
                }
                BufferedResponse buffered = answer.produce();
                byte[] body = buffered.finish(req, resp, delivery);
                if (body != null) {
                    cache.put(key, buffered.getStatus(), resp, body);
                }
            }
        } finally {
            inflight.remove(key, lock);
        }
    }

    /**
     * Reads a request body up to the size cap, at no less than the minimum rate: a client that
     * trickles a byte now and then (each read returning, so the idle timeout never fires) is cut
     * off as soon as its average falls below the rate, after a short grace.
     */
    private byte[] readBody(HttpServletRequest req, String path) throws IOException {
        int cap = limits.maxQueryBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long start = System.nanoTime();
        InputStream in = req.getInputStream();
        for (int n; (n = in.read(chunk)) >= 0; ) {
            out.write(chunk, 0, n);
            if (out.size() > cap) {
                throw new RefusedRequest(path, 413, "Request body too large: this endpoint accepts up to " + cap + " bytes");
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > BODY_GRACE_MS && out.size() * 1000L / ms < limits.minRequestRate()) {
                throw new RefusedRequest(path, 408, "Request body too slow: send at least " + limits.minRequestRate()
                        + " bytes per second");
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops what is left of a refused body, up to {@link #DRAIN_BYTES} and for at most the grace time:
     * the connection is closed after the 413, and closing a socket with unread bytes resets it, so a client still
     * sending a body a little over the cap would read a reset instead of the answer. Bigger or slower bodies are
     * not waited for.
     */
    private static void drain(HttpServletRequest req) {
        if (req.getContentLengthLong() > DRAIN_BYTES) {
            return;
        }
        long start = System.nanoTime();
        try {
            InputStream in = req.getInputStream();
            byte[] chunk = new byte[8192];
            long total = 0;
            for (int n; total < DRAIN_BYTES && (n = in.read(chunk)) >= 0; ) {
                total += n;
                if ((System.nanoTime() - start) / 1_000_000 > BODY_GRACE_MS) {
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            // The connection goes after the answer all the same.
        }
    }

    private static boolean isSparqlQueryBody(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-query");
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String path)
            throws IOException, ServletException {
        if (path.equals(NewsgraphServer.SPARQL)) {
            delivered(req, resp, templates.render("query", Map.of("query", DEFAULT_QUERY, "examples", examples,
                    "endpoint", NewsgraphServer.SPARQL, "yasguiVersion", NewsgraphServer.YASGUI_VERSION)),
                    QUERY_PAGE_CSP);
        } else if (path.equals("/") || path.isEmpty()) {
            delivered(req, resp, templates.render("landing", site.at(servedRoot(req))), CSP);
        } else if (path.equals("/favicon.ico")) {
            classpath(resp, "static/favicon.svg");
        } else if (path.startsWith("/static/")) {
            classpath(resp, "static/" + path.substring("/static/".length()));
        } else if (path.startsWith("/webjars/")) {
            classpath(resp, "META-INF/resources" + path);
        } else if (path.equals("/dumps") || path.equals("/dumps/")) {
            delivered(req, resp, templates.render("dumps", Map.of("files", dumps.list())), CSP);
        } else if (path.startsWith("/dumps/")) {
            dump(req, resp, path.substring("/dumps/".length()));
        } else if (path.startsWith(VoidDescription.PATH)) {
            voidDocument(req, resp, path);
        } else {
            // Pages of the store run queries: a bounded number at once, each within its budget.
            answerOnce(req, resp, () -> {
                BufferedResponse buffered = new BufferedResponse(resp, Long.MAX_VALUE);
                try (Gate.Pass pass = pageGate.enter(path)) {
                    Deadline deadline = Deadline.in(limits.pageBudget());
                    if (path.equals(PageService.DESCRIBE)) {
                        describe(req, buffered, deadline);
                    } else if (path.equals(SearchService.PATH)) {
                        search(req, buffered, deadline);
                    } else if (path.equals(SearchService.SUGGEST)) {
                        suggest(req, buffered, deadline);
                    } else if (ListService.request(path).isPresent()) {
                        list(req, buffered, ListService.request(path).get(), deadline);
                    } else {
                        resource(req, buffered, path, deadline);
                    }
                } catch (QueryCancelledException e) {
                    throw new RefusedRequest(path, 503, "This page took longer than its time budget to build and was stopped");
                }
                return buffered;
            });
        }
    }

    // Browsers get the page; SPARQL clients (a query parameter, or asking for results) get Fuseki.
    private static boolean wantsQueryPage(HttpServletRequest req) {
        return req.getParameter("query") == null && Format.negotiate(req.getHeader("Accept"))
                .filter(f -> f == Format.HTML).isPresent();
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, String path, Deadline deadline)
            throws IOException {
        Request r = Request.of(path, req.getHeader("Accept"), p -> pages.knows(iri(p)));
        if (r.format().isEmpty()) {
            notAcceptable(resp);
            return;
        }
        Node iri = iri(r.localPath());
        varyUnlessExtension(resp, r, iri, r.format().get());
        answer(req, resp, iri, r.format().get(), path, path, deadline);
    }

    private void search(HttpServletRequest req, HttpServletResponse resp, Deadline deadline) throws IOException {
        Paging paging = Paging.parse(null, null, req.getParameter("page"), req.getParameter("size"));
        SearchPage results = search.search(req.getParameter("q"), req.getParameter("kind"), paging.page(), paging.size(),
                deadline);
        html(resp, 200, templates.render("search", results), CSP);
    }

    // A browse list as a page, or as CSV or JSON by extension or by Accept.
    private void list(HttpServletRequest req, HttpServletResponse resp, ListService.Request r, Deadline deadline)
            throws IOException {
        Paging paging = Paging.parse(null, null, req.getParameter("page"), req.getParameter("size"));
        Map<String, String> params = new java.util.TreeMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals("page") && !k.equals("size") && v.length > 0) {
                params.put(k, v[0]);
            }
        });
        String format = r.format();
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept");
        if (format.isEmpty() && !accept.contains("text/html")) {
            format = accept.contains("text/csv") ? "csv" : accept.contains("application/json") ? "json" : "";
        }
        if (r.format().isEmpty()) {
            resp.setHeader("Vary", "Accept");
        }
        ListPage page = lists.page(r.list(), params, paging.page(), paging.size(), deadline);
        if (format.isEmpty()) {
            html(resp, 200, templates.render("list", page), CSP);
            return;
        }
        byte[] bytes = (format.equals("csv") ? ListExport.csv(page) : ListExport.json(page)).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json; charset=utf-8");
        resp.setHeader("Content-Security-Policy", DATA_CSP);
        resp.setContentLength(bytes.length);
        try (OutputStream o = resp.getOutputStream()) {
            o.write(bytes);
        }
    }

    // The search box's completions: a JSON array of {label, href, kind}.
    private void suggest(HttpServletRequest req, HttpServletResponse resp, Deadline deadline) throws IOException {
        org.apache.jena.atlas.json.JsonArray out = new org.apache.jena.atlas.json.JsonArray();
        for (SearchPage.Suggestion s : search.suggest(req.getParameter("q"), deadline)) {
            org.apache.jena.atlas.json.JsonObject o = new org.apache.jena.atlas.json.JsonObject();
            o.put("label", s.label());
            o.put("href", s.href());
            o.put("kind", s.kind());
            out.add(o);
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Content-Security-Policy", DATA_CSP);
        resp.setContentLength(bytes.length);
        try (OutputStream o = resp.getOutputStream()) {
            o.write(bytes);
        }
    }

    // Pages for IRIs outside the base, by parameter: /describe?iri=...
    private void describe(HttpServletRequest req, HttpServletResponse resp, Deadline deadline) throws IOException {
        String iri = req.getParameter("iri");
        String ext = req.getParameter("format");
        Optional<Format> format = ext != null ? Format.byExtension(ext) : Format.negotiate(req.getHeader("Accept"));
        if (iri == null || iri.isBlank()) {
            plain(resp, 400, "Bad request: give the IRI to describe as ?iri=\n");
            return;
        }
        if (format.isEmpty()) {
            notAcceptable(resp);
            return;
        }
        resp.setHeader("Vary", "Accept");
        answer(req, resp, NodeFactory.createURI(iri), format.get(), iri,
                PageService.DESCRIBE + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8), deadline);
    }

    // The page or the RDF description of an IRI the store knows; 404 in the format asked for otherwise.
    private void answer(HttpServletRequest req, HttpServletResponse resp, Node iri, Format format, String shown, String self,
                        Deadline deadline) throws IOException {
        if (format == Format.HTML) {
            Paging paging = Paging.parse(req.getParameter("panel"), req.getParameter("property"), req.getParameter("page"),
                    req.getParameter("size"));
            Optional<ResourcePage> page = pages.page(iri, deadline, paging, self);
            if (page.isPresent()) {
                String html = templates.render("resource", page.get());
                deadline.check(shown);
                html(resp, 200, html, CSP);
            } else {
                notFound(resp, shown, format);
            }
            return;
        }
        Optional<Graph> g = pages.describe(iri, deadline);
        if (g.isPresent()) {
            // A named graph's IRI in a quads syntax: its triples inside it.
            Node name = format.quads() && iri.getURI().startsWith(site.base() + "graph/") ? iri : null;
            rdf(resp, name, g.get(), format, deadline);
        } else {
            notFound(resp, shown, format);
        }
    }

    // The address this server was reached at, for the examples of the landing page: the base when links
    // go to the base, else the scheme, host and port of the request.
    private String servedRoot(HttpServletRequest req) {
        if (links.absolute()) {
            return site.base();
        }
        String host = req.getHeader("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
            host = req.getLocalName() + ":" + req.getLocalPort();
        }
        return req.getScheme() + "://" + host + "/";
    }

    private Node iri(String localPath) {
        return NodeFactory.createURI(site.base() + Iris.iriPath(localPath.substring(1)));
    }

    private void voidDocument(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Request r = Request.of(path, req.getHeader("Accept"), p -> p.equals(VoidDescription.PATH));
        if (!r.localPath().equals(VoidDescription.PATH)) {
            notFound(resp, path, Format.HTML);
            return;
        }
        if (r.format().isEmpty()) {
            notAcceptable(resp);
            return;
        }
        Format format = r.format().get();
        Node doc = iri(VoidDescription.PATH);
        varyUnlessExtension(resp, r, doc, format);
        if (format == Format.HTML) {
            delivered(req, resp, templates.render("resource", voidDescription.page(pages)), CSP);
        } else {
            rdf(resp, voidDescription.graph(), format, Deadline.in(limits.pageBudget()));
        }
    }

    private void varyUnlessExtension(HttpServletResponse resp, Request r, Node iri, Format format) {
        if (!r.byExtension()) {
            resp.setHeader("Vary", "Accept");
            if (format != Format.HTML) {
                resp.setHeader("Content-Location", links.href(PageService.withExtension(iri.getURI(), format)));
            }
        }
    }

    // Rendered whole before anything is sent, so a failure is an error status, not a cut-off document.
    private void rdf(HttpServletResponse resp, Graph g, Format format, Deadline deadline) throws IOException {
        rdf(resp, null, g, format, deadline);
    }

    private void rdf(HttpServletResponse resp, Node name, Graph g, Format format, Deadline deadline) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.write(name, g, format, bytes);
        deadline.check("RDF description");
        resp.setStatus(200);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Content-Security-Policy", DATA_CSP);
        resp.setContentLength(bytes.size());
        try (OutputStream out = resp.getOutputStream()) {
            bytes.writeTo(out);
        }
    }

    private void dump(HttpServletRequest req, HttpServletResponse resp, String name) throws IOException {
        Optional<Path> file = dumps.file(name);
        if (file.isEmpty()) {
            notFound(resp, "/dumps/" + name, Format.HTML);
            return;
        }
        // A build's dumps never change once written: size and time name the version.
        long modified = Files.getLastModifiedTime(file.get()).toMillis();
        if (delivery.notModifiedFile(req, resp, "\"" + Files.size(file.get()) + "-" + modified + "\"", modified)) {
            return;
        }
        resp.setStatus(200);
        resp.setContentType(name.endsWith(".gz") ? "application/gzip" : "text/plain; charset=utf-8");
        resp.setContentLengthLong(Files.size(file.get()));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file.get(), out);
        }
    }

    private static void classpath(HttpServletResponse resp, String resource) throws IOException {
        if (resource.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = SiteFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null || resource.endsWith("/")) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setStatus(200);
            resp.setContentType(staticType(resource));
            resp.setHeader("Cache-Control", "public, max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private static String staticType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".map") || name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    private void notFound(HttpServletResponse resp, String path, Format format) throws IOException {
        if (format == Format.HTML) {
            html(resp, 404, templates.render("404", Map.of("path", path)), CSP);
        } else {
            plain(resp, 404, "Not found: nothing in this dataset is at " + path + "\n");
        }
    }

    private static void notAcceptable(HttpServletResponse resp) throws IOException {
        plain(resp, 406, "Not acceptable: this server offers " + String.join(", ", Format.offered()) + "\n");
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse resp, RefusedRequest e) throws IOException {
        if (e.status() == 503) {
            resp.setHeader("Retry-After", "5");
        }
        // The rest of a refused body is not worth reading: the connection goes, once a body a little over the
        // cap has been drained so that the client reads this answer.
        if (e.status() == 413) {
            drain(req);
        }
        if (e.status() == 408 || e.status() == 413) {
            resp.setHeader("Connection", "close");
        }
        plain(resp, e.status(), e.getMessage() + "\n");
    }

    static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", DATA_CSP);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    // A page written without the response buffer of the store's pages: the same ETag, 304 and gzip.
    private void delivered(HttpServletRequest req, HttpServletResponse resp, String page, String csp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", csp);
        delivery.send(req, resp, page.getBytes(StandardCharsets.UTF_8));
    }

    private static void html(HttpServletResponse resp, int status, String page, String csp) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", csp);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
