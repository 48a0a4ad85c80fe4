package org.newsgraph.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds a SPARQL response in memory until it is complete, up to a size cap, so that the status the
 * client sees is the true one: a query that times out or fails while its results are being written
 * ends as an error status with a message, never as a 200 with a truncated body, and a result over
 * the cap is refused whole.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    /** The last line Fuseki writes after results a timeout cut off. */
    static final String CANCEL_NOTICE = "##  ****          Incomplete results           ****   ##";

    private final long cap;
    private final Bytes buffer = new Bytes();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = 200;
    private boolean overflow;

    BufferedResponse(HttpServletResponse response, long cap) {
        super(response);
        this.cap = cap;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    room(1);
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    room(len);
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("buffered responses are written synchronously");
                }
            };
        }
        return stream;
    }

    // Throwing stops the result writer, and with it the query, as soon as the cap is passed.
    private void room(int len) throws IOException {
        if (buffer.size() + (long) len > cap) {
            overflow = true;
            buffer.reset();
            throw new IOException("result larger than " + cap + " bytes");
        }
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        // An error after results began: what was written is a fragment, and goes.
        if (sc >= 400) {
            buffer.reset();
        }
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        setStatus(sc);
        setContentType("text/plain; charset=utf-8");
        buffer.write((msg == null ? "Error " + sc : msg).getBytes(StandardCharsets.UTF_8));
        buffer.write('\n');
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void flushBuffer() {
        // Nothing leaves before the response is complete.
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        buffer.reset();
        super.reset();
    }

    @Override
    public void setContentLength(int len) {
        // Set once, from the buffer, when the response is complete.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As setContentLength.
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    // Fuseki reports a timeout during writing by appending a notice to the results it has written
    // (its status is already sent when it streams). A complete result always ends in its format's
    // closing syntax, so a buffer ending in the notice is a cut-off one.
    private boolean endsWithCancelNotice() {
        return buffer.tail(CANCEL_NOTICE.length() + 16).strip().endsWith(CANCEL_NOTICE);
    }

    /** A byte buffer that can show its last bytes without copying the rest. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(8192);
        }

        String tail(int n) {
            int from = Math.max(0, count - n);
            return new String(buf, from, count - from, StandardCharsets.ISO_8859_1);
        }
    }

    /** Sends what was buffered, or the error that replaces it, on the real response; returns the body sent. */
    byte[] finish(HttpServletRequest req, HttpServletResponse real, Delivery delivery) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (overflow) {
            real.reset();
            SiteFilter.plain(real, 422, "Result too large: this endpoint sends at most " + (cap / (1024 * 1024))
                    + " MB per query. Add LIMIT (with OFFSET to page through) or select fewer rows.\n");
            return null;
        }
        if (endsWithCancelNotice()) {
            real.reset();
            SiteFilter.plain(real, 503, "Query timed out while its results were being written; nothing partial is sent. "
                    + "Add LIMIT or make the query cheaper.\n");
            return null;
        }
        if (status >= 500 && buffer.size() == 0) {
            real.reset();
            SiteFilter.plain(real, status, "The server could not answer this query (error " + status
                    + "). Try a simpler or smaller query.\n");
            return null;
        }
        byte[] body = buffer.toByteArray();
        delivery.send(req, real, body);
        return body;
    }
}
