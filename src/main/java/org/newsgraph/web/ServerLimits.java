package org.newsgraph.web;

import java.time.Duration;

/**
 * The limits the server holds every request to, so that no client, slow or hostile, can take it
 * over: time, sizes, concurrency and Jetty's connection settings.
 *
 * @param queryTimeout      longest a SPARQL query may run (also set on the dataset by the store)
 * @param pageBudget        longest a page or an RDF description may take to build and render
 * @param maxQueryBytes     largest query string or request body (UTF-8 bytes) accepted
 * @param maxResultBytes    largest response a query may produce; larger ones are refused whole
 * @param maxNesting        deepest algebra a query may compile to (deeper ones overflow the stack)
 * @param runningQueries    SPARQL queries evaluated at once; more wait in line
 * @param runningPages      pages built at once; more wait in line
 * @param queueWait         longest a request waits in line before it is told to come back later
 * @param threads           Jetty's maximum number of threads
 * @param idleTimeout       a connection silent this long is closed
 * @param minRequestRate    request bodies arriving slower than this many bytes per second are cut off
 * @param cacheBytes        memory for complete answers kept to be sent again (0: none)
 */
public record ServerLimits(Duration queryTimeout, Duration pageBudget, int maxQueryBytes, long maxResultBytes,
                           int maxNesting, int runningQueries, int runningPages, Duration queueWait, int threads,
                           Duration idleTimeout, long minRequestRate, long cacheBytes) {

    /** The limits {@code serve} uses, with a query timeout of its own. */
    public static ServerLimits defaults(Duration queryTimeout) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerLimits(queryTimeout, Duration.ofSeconds(10), 128 * 1024, 32L * 1024 * 1024, 200,
                Math.max(2, 2 * cores), Math.max(4, 4 * cores), Duration.ofSeconds(10), 200, Duration.ofSeconds(20),
                1024, 64L * 1024 * 1024);
    }

    /** The same limits with another page budget. */
    public ServerLimits withPageBudget(Duration budget) {
        return new ServerLimits(queryTimeout, budget, maxQueryBytes, maxResultBytes, maxNesting, runningQueries,
                runningPages, queueWait, threads, idleTimeout, minRequestRate, cacheBytes);
    }
}
