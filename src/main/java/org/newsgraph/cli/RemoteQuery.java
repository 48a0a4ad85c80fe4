package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.newsgraph.base.NewsgraphException;

/**
 * {@code query} on a data folder a running server holds: the query goes to that server's SPARQL
 * endpoint (TDB2 lets one process open a database) and its answer is printed as a local run prints it.
 */
final class RemoteQuery {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code server}: the server's root address, ending in "/". */
    RemoteQuery(String server) {
        this.endpoint = server + "sparql";
    }

    void run(Query query, String text, QueryCommand.Format format, OutputStream out) throws IOException {
        boolean results = query.isSelectType() || query.isAskType();
        String accept = !results ? "text/turtle" : switch (format) {
            case csv -> "text/csv";
            case tsv -> "text/tab-separated-values";
            case xml -> "application/sparql-results+xml";
            case json, table -> "application/sparql-results+json";
        };
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException(endpoint, -1, "interrupted while waiting for the server", e);
        } catch (IOException e) {
            throw new NewsgraphException(endpoint, -1, "cannot reach the server that holds the database: " + e.getMessage(), e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                String why = new String(in.readNBytes(2000), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                // An answer without a message still names the request in the server's log.
                String id = response.headers().firstValue("Fuseki-Request-Id").map(r -> " (request " + r + ")").orElse("");
                throw new NewsgraphException(endpoint, -1, "the server answered " + response.statusCode() + id + ": "
                        + (why.isBlank() ? "no message" : why), null);
            }
            if (format != QueryCommand.Format.table || !results) {
                in.transferTo(out);
            } else if (query.isSelectType()) {
                ResultSetFormatter.out(out, ResultSetMgr.read(in, ResultSetLang.RS_JSON), query.getPrefixMapping());
            } else {
                new PrintStream(out, true, StandardCharsets.UTF_8).println(JSON.parseAny(in).getAsObject()
                        .get("boolean").getAsBoolean().value());
            }
            out.flush();
        }
    }
}
