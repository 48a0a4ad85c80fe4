package org.newsgraph.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * newsgraph's own pages in front of Fuseki: the landing page at /, and the query page at /sparql
 * when a browser asks for it without a query; every other request passes on to Fuseki.
 */
final class PageFilter extends HttpFilter {

    private static final String DEFAULT_QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?date ?publisher ?title WHERE {
              ?article a schema:NewsArticle ; schema:headline ?title .
              OPTIONAL { ?article schema:datePublished ?date }
              OPTIONAL { ?article schema:publisher/schema:name ?publisher }
            }
            ORDER BY DESC(?date)
            """;

    /** An example query as the query page shows it. */
    record ExampleView(String name, String question, String text, String encoded) { }

    private final Templates templates;
    private final SiteInfo site;
    private final List<ExampleView> examples;

    PageFilter(Templates templates, SiteInfo site, List<ExampleQueries.Example> examples) {
        this.templates = templates;
        this.site = site;
        this.examples = examples.stream().map(e -> new ExampleView(e.name(), e.question(), e.text(),
                URLEncoder.encode(e.text(), StandardCharsets.UTF_8))).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean get = req.getMethod().equals("GET") || req.getMethod().equals("HEAD");
        if (path.equals(NewsgraphServer.SPARQL) && get && req.getParameter("query") == null) {
            html(resp, templates.render("query", Map.of("query", DEFAULT_QUERY, "examples", examples)));
            return;
        }
        if (!path.equals("/") && !path.isEmpty()) {
            chain.doFilter(req, resp);
            return;
        }
        if (!get) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        html(resp, templates.render("landing", site));
    }

    private static void html(HttpServletResponse resp, String page) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(page);
    }
}
