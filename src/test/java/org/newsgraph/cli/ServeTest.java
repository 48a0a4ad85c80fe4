package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
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

        String java = ProcessHandle.current().info().command().orElse("java");
        Process serve = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", data.toString(), "--input", gone.toString(), "--port",
                Integer.toString(port), "--base", base, "--heap", "300m").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> serving = CompletableFuture.supplyAsync(() -> {
                StringBuilder seen = new StringBuilder();
                try {
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        seen.append(l).append('\n');
                        if (l.contains("serving ")) {
                            return l;
                        }
                    }
                } catch (IOException e) {
                    // falls through
                }
                return "ended without serving:\n" + seen;
            });
            String line = serving.get(120, TimeUnit.SECONDS);
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

            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on TERM");
            assertTrue(child.get().onExit().get(60, TimeUnit.SECONDS) != null, "and so does its child");
            assertFalse(child.get().isAlive());
        } finally {
            serve.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
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
