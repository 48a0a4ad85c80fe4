package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Sends a complete answer the way HTTP caches and slow links like: an ETag from the bytes of the
 * representation sent, the served build's time as Last-Modified, 304 to a conditional request that
 * already has it, and gzip for a client that accepts it.
 */
final class Delivery {

    /** Answers smaller than this go as they are: compressing them saves less than it costs. */
    private static final int MIN_GZIP = 1024;

    private final long lastModified;

    /** {@code lastModified}: when the served build was finished, in ms since the epoch (≤ 0: unknown). */
    Delivery(long lastModified) {
        this.lastModified = lastModified / 1000 * 1000;
    }

    /** Writes {@code body} as the answer, with the status and headers already set on {@code resp}. */
    void send(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        boolean gzip = body.length >= MIN_GZIP && accepts(req.getHeader("Accept-Encoding"))
                && resp.getHeader("Content-Encoding") == null && compressible(resp.getContentType());
        resp.setHeader("Vary", vary(resp.getHeader("Vary")));
        if (resp.getStatus() == 200) {
            String etag = "\"" + hash(body) + (gzip ? "-gz" : "") + "\"";
            resp.setHeader("ETag", etag);
            if (lastModified > 0) {
                resp.setDateHeader("Last-Modified", lastModified);
            }
            if (notModified(req, etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                resp.setContentLength(0);
                return;
            }
        }
        byte[] out = body;
        if (gzip) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
                z.write(body);
            }
            out = bytes.toByteArray();
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(out.length);
        if (!req.getMethod().equals("HEAD")) {
            try (OutputStream o = resp.getOutputStream()) {
                o.write(out);
            }
        }
    }

    /** For a file that never changes while it is served (a dump): 304 when the client has it; true if so. */
    boolean notModifiedFile(HttpServletRequest req, HttpServletResponse resp, String etag, long fileModified) {
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", fileModified / 1000 * 1000);
        String match = req.getHeader("If-None-Match");
        boolean same = match != null ? matches(match, etag)
                : dateHeader(req) >= fileModified / 1000 * 1000;
        if (same) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return same;
    }

    private boolean notModified(HttpServletRequest req, String etag) {
        String match = req.getHeader("If-None-Match");
        if (match != null) {
            return matches(match, etag);
        }
        long since = dateHeader(req);
        return lastModified > 0 && since >= lastModified;
    }

    private static long dateHeader(HttpServletRequest req) {
        try {
            return req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String t = tag.strip().replaceFirst("^W/", "");
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    // "gzip" listed without q=0.
    private static boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.strip().split(";");
            if (p[0].strip().equals("gzip")) {
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static boolean compressible(String type) {
        return type != null && (type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("trig") || type.contains("n-triples") || type.contains("n-quads"));
    }

    private static String vary(String existing) {
        if (existing == null || existing.isBlank()) {
            return "Accept-Encoding";
        }
        return existing.toLowerCase(Locale.ROOT).contains("accept-encoding") ? existing : existing + ", Accept-Encoding";
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
