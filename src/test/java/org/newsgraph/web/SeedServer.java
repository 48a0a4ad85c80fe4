package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Store;

/**
 * Test fixture shared by the web tests of one JVM: seeds/ built by the production build command into
 * a real TDB2 folder, with IRIs minted under the server's own address, served on a free port.
 */
final class SeedServer {

    /** Short on purpose: ServerTest's explosive query must be cut off by it. */
    static final long TIMEOUT_MS = 2000;
    /** The publisher the seeds' build names. */
    static final String PUBLISHER = "Seed Desk <&>";

    private static SeedServer instance;

    final Path data;
    final Store store;
    final FusekiServer server;
    final String root;
    final String base;

    private SeedServer(Path data, Store store, FusekiServer server, String base) {
        this.data = data;
        this.store = store;
        this.server = server;
        this.base = base;
        this.root = "http://localhost:" + server.getHttpPort();
    }

    static synchronized SeedServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                instance.server.stop();
                instance.store.close();
            }));
        }
        return instance;
    }

    private static SeedServer start() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String base = "http://localhost:" + port + "/";
            Path data = Files.createTempDirectory("newsgraph-web-test");
            assertEquals(0, Main.run("build", "--input", "seeds", "--data", data.toString(), "--base", base,
                    "--publisher", PUBLISHER),
                    "building seeds/ must succeed");
            Store store = Store.open(data);
            store.queryTimeout(TIMEOUT_MS);
            return new SeedServer(data, store, NewsgraphServer.start(store.dataset(), store.dir(), base, port), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
