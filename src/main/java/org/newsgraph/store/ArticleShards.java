package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.base.NewsgraphException;

/**
 * Each article's graph as converted, before events are merged, kept in the build folder as a gzipped
 * N-Triples file named by the SHA-256 of its source id. The next build takes an unchanged article's graph
 * from here instead of converting it again, and an update rewrites a graph whose merged events changed from
 * it. A shard is never changed once written, so a new build shares the previous build's by hard links.
 */
public final class ArticleShards {

    /** The shards' folder inside a build folder. */
    public static final String DIR = "articles";

    private final Path dir;

    public ArticleShards(Path build) {
        this.dir = build.resolve(DIR);
    }

    /** Whether the shard of {@code source} is there. */
    public boolean has(String source) {
        return Files.isRegularFile(file(source));
    }

    /** Writes the graph of {@code source}. */
    public void write(String source, Graph g) {
        Path f = file(source);
        Path tmp = f.resolveSibling(f.getFileName() + DumpWriter.TEMP_SUFFIX);
        try {
            Files.createDirectories(f.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 14)) {
                RDFDataMgr.write(out, g, Lang.NTRIPLES);
            }
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new NewsgraphException(f.toString(), -1, "cannot write the article's graph: " + e.getMessage(), e);
        }
    }

    /** Reads the graph of {@code source}. */
    public Graph read(String source) {
        Path f = file(source);
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 14)) {
            // Written from stored terms by this class: no need to check each IRI again.
            RDFParser.source(in).lang(Lang.NTRIPLES).checking(false).parse(g);
        } catch (IOException | RiotException e) {
            throw new NewsgraphException(f.toString(), -1, "cannot read the article's graph: " + e.getMessage(), e);
        }
        return g;
    }

    /**
     * Puts the shard of {@code source} of another build into this one: a hard link where the file system
     * allows one (a shard is never written to again), a copy where not.
     */
    public void takeFrom(ArticleShards other, String source) {
        Path from = other.file(source);
        Path to = file(source);
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.createLink(to, from);
            } catch (FileAlreadyExistsException e) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new NewsgraphException(from.toString(), -1, "cannot take the article's graph from the previous "
                    + "build: " + DataFolder.reason(e), e);
        }
    }

    private Path file(String source) {
        String name = HexFormat.of().formatHex(DumpWriter.sha256().digest(source.getBytes(StandardCharsets.UTF_8)));
        return dir.resolve(name.substring(0, 2)).resolve(name + ".nt.gz");
    }
}
