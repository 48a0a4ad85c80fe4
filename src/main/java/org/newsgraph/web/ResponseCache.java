package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complete answers kept in memory, least recently used first out, up to a byte budget. The store
 * does not change while a server runs (a build is served by a new process), so a page or query
 * answered once is answered the same way again: repeating it costs a copy, not a query.
 */
final class ResponseCache {

    /** A response as sent: status, the headers set on it, and its body. */
    record Entry(int status, List<Map.Entry<String, String>> headers, byte[] body) { }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxBytes / 32;
    }

    /** What identifies an answer: the URI with its query string, and the Accept header (negotiation). */
    static String key(HttpServletRequest req) {
        return req.getRequestURI() + '?' + req.getQueryString() + ' ' + req.getHeader("Accept");
    }

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Keeps a successful answer small enough to share the budget; others are not kept. */
    void put(String key, int status, HttpServletResponse sent, byte[] body) {
        if (status != 200 || body.length > maxEntryBytes || maxBytes == 0) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : sent.getHeaderNames()) {
            // The representation's own headers are set again by Delivery for each client.
            if (!List.of("content-length", "date", "content-encoding", "etag", "last-modified")
                    .contains(name.toLowerCase(Locale.ROOT))) {
                sent.getHeaders(name).forEach(v -> headers.add(Map.entry(name, v)));
            }
        }
        synchronized (this) {
            Entry old = entries.put(key, new Entry(status, headers, body));
            bytes += body.length - (old == null ? 0 : old.body().length);
            var eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
    }

    static void send(Entry e, HttpServletRequest req, HttpServletResponse resp, Delivery delivery) throws IOException {
        resp.setStatus(e.status());
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> h : e.headers()) {
            if (seen.add(h.getKey().toLowerCase(Locale.ROOT))) {
                resp.setHeader(h.getKey(), h.getValue());
            } else {
                resp.addHeader(h.getKey(), h.getValue());
            }
        }
        delivery.send(req, resp, e.body());
    }
}
