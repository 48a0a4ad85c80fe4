package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;

/**
 * {@code serve} in its own JVM, as a user starts it: it caps its heap by relaunching itself, serves
 * a built data folder without touching the input folder, and every article opens at its IRI over
 * HTTP, whatever characters its file name had.
 */
class ServeTest {

    // The names are the subject here, not the text: a short article keeps the build of many copies quick.
    private static final String SHORT = """
            Russia and Britain agree to talk

            By Jane Roe

            12 March 2016

            The Foreign Office said on Tuesday that Russia had been warned. "We will talk," Boris Johnson said.
            """;
    private static final List<String> NAMES = List.of("with space", "café", "中", "😀", "a/x", "b/x", "..", "quote'",
            "100%", "x#y", "x?y", "semi;colon", "a!x",
            "back\\slash", "tab\tname", "lt<gt>", "brace{}", "pipe|", "caret^", "grave`", "plus+", "eq=", "amp&", "at@",
            "colon:", "comma,", "star*", "paren()", "bracket[]", "dollar$", "tilde~", "\u202Ebidi", "nbsp\u00A0x", "c1\u0085x",
            "del\u007Fx", "nl\nx");

    @Test
    void servesUnderAHeapCapAndEveryArticleOpensAtItsIri(@TempDir Path tmp) throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        for (String n : NAMES) {
            Path f = input.resolve(n + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, SHORT);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port + "/";
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("build", "--input", input.toString(), "--data", data.toString(), "--base", base));
        // serve must not need the input folder once the data folder is built.
        Path gone = tmp.resolve("no-such-input");
        Run other = run("serve", "--data", data.toString(), "--base", "http://news.example.org/", "--heap", "0");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("was built under " + base) && other.err().contains("--input"), other.err());
        assertEquals(1, builds(data), "nothing was built");

        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--input", gone.toString(), "--port",
                Integer.toString(port), "--base", base, "--heap", "300m").redirectErrorStream(true).start();
        try {
            StringBuffer log = new StringBuffer();
            String line = servingLine(serve, log);
            assertTrue(line.contains("serving ") && line.contains("heap limit"), line);
            int limitMb = Integer.parseInt(line.replaceAll(".*heap limit (\\d+) MB.*", "$1"));
            assertTrue(limitMb <= 300, () -> "the server's heap is capped: " + line);

            Optional<ProcessHandle> child = serve.toHandle().children().findFirst();
            assertTrue(child.isPresent(), "the server runs in a child JVM");
            // ProcessHandle.Info leaves out long command lines: read Linux's own record of it.
            String args = Files.readString(Path.of("/proc", Long.toString(child.get().pid()), "cmdline"))
                    .replace('\0', ' ');
            assertTrue(args.contains("-Xmx300m"), args);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String n : NAMES) {
                String iri = new Iris(base).article(n).getURI();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(asBrowserSendsIt(iri)))
                        .header("Accept", "text/turtle").timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), () -> iri + " → " + r.statusCode() + " " + r.body());
                assertTrue(r.body().contains(iri.substring(base.length())) || r.body().contains("<" + iri + ">"),
                        () -> iri + " is described");
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(asBrowserSendsIt(iri)))
                        .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode(), () -> "page of " + iri);
            }

            // The server holds the database: query sends its query to the server's endpoint instead.
            Path rq = Files.writeString(tmp.resolve("articles.rq"), "PREFIX schema: <https://schema.org/> "
                    + "SELECT ?a WHERE { ?a a schema:NewsArticle } ORDER BY ?a");
            Run query = run("query", "--data", data.toString(), "--format", "csv", rq.toString());
            assertEquals(0, query.code(), () -> query.err() + "\nthe server's log:\n" + log);
            assertTrue(query.err().contains("held by the server at http://localhost:" + port + "/"), query.err());
            assertEquals(NAMES.size(), query.out().lines().skip(1).count(), query.out());
            Run table = run("query", "--data", data.toString(), rq.toString());
            assertEquals(0, table.code(), table.err());
            assertTrue(table.out().contains("| a "), table.out());

            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on TERM");
            assertTrue(child.get().onExit().get(60, TimeUnit.SECONDS) != null, "and so does its child");
            assertFalse(child.get().isAlive());
            assertFalse(Files.exists(data.resolve(org.newsgraph.store.DataFolder.SERVER)), "the server forgot itself");
            Run local = run("query", "--data", data.toString(), "--format", "csv", rq.toString());
            assertEquals(0, local.code(), local.err());
            assertEquals(query.out().replace("\r\n", "\n"), local.out().replace("\r\n", "\n"), "the same answer run locally");
        } finally {
            serve.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }

        // The same build on another port, with no --base: pages link to where they were fetched from.
        int other2;
        try (ServerSocket s = new ServerSocket(0)) {
            other2 = s.getLocalPort();
        }
        Process again = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--port", Integer.toString(other2), "--heap", "0")
                .redirectErrorStream(true).start();
        try {
            String line = servingLine(again, new StringBuffer());
            assertTrue(line.contains("built from " + input.toAbsolutePath().normalize()), () -> "says what it serves: " + line);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String root = "http://localhost:" + other2;
            HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(root + "/")).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, landing.statusCode());
            assertFalse(landing.body().contains("href=\"" + base), "no link to the port of the base:\n" + landing.body());
            assertTrue(landing.body().contains(root + "/sparql"), "the example names this server");
            Matcher m = Pattern.compile("href=\"(/article/[^\"]*)\"").matcher(landing.body());
            assertTrue(m.find(), "the landing page links the latest articles");
            HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(root + m.group(1).replace("&amp;", "&")))
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, article.statusCode(), m.group(1));
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
            again.destroyForcibly();
        }
    }

    /**
     * The server's "serving" line. Its output is read to the end, also after that line, into {@code log}: a
     * server whose pipe fills would block on its next log line, and a failing request needs the log to be read.
     */
    private static String servingLine(Process p, StringBuffer log) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> serving = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    log.append(l).append('\n');
                    if (l.contains("serving ")) {
                        serving.complete(l);
                    }
                }
            } catch (IOException e) {
                // the server is gone: what it wrote is in the log
            }
            serving.complete("ended without serving:\n" + log);
        }, "server output");
        reader.setDaemon(true);
        reader.start();
        return serving.get(120, TimeUnit.SECONDS);
    }

    @Test
    void aDataFolderWithoutABuildIsNeverBuiltFromInputNotGiven(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Run r = run("serve", "--data", data.toString(), "--heap", "0", "--port", "0");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no finished build") && r.err().contains("--input"), () -> "says what to run: " + r.err());
        assertFalse(r.err().contains("seeds"), () -> "and does not read the seeds: " + r.err());
        assertEquals(0, builds(data), "nothing was built");
    }

    @Test
    void helpSaysWhenServeBuilds() {
        Run r = run("serve", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("only when you asked for it"), r.out());
        assertTrue(r.out().contains("link to the host and port"), r.out());
    }

    /** Exit code and what one in-process command printed. */
    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long builds(Path data) throws IOException {
        Path builds = data.resolve("builds");
        if (!Files.isDirectory(builds)) {
            return 0;
        }
        try (var list = Files.list(builds)) {
            return list.filter(Files::isDirectory).count();
        }
    }

    // What a browser sends for an IRI: non-ASCII characters as UTF-8 escapes.
    private static String asBrowserSendsIt(String iri) {
        StringBuilder out = new StringBuilder();
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            out.append(u < 128 ? String.valueOf((char) u) : String.format("%%%02X", u));
        }
        return out.toString();
    }
}
