package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.base.NewsgraphException;

/**
 * N-Quads shards made outside a build (the Spark job's output, or any other producer) on their way into a
 * fresh database: every file below a folder, gzip-compressed where its name ends in ".gz", streamed quad by
 * quad. Names starting with "_" or "." are the markers and checksums of Hadoop's output committers, not data.
 */
public final class QuadShards {

    private QuadShards() {
    }

    /** The shard files below {@code dir}, in path order; an error names a folder that holds none. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new NewsgraphException(dir.toString(), -1, "not a folder of N-Quads shards", null);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(f -> isData(dir, f)).sorted().toList();
            if (files.isEmpty()) {
                throw new NewsgraphException(dir.toString(), -1, "folder holds no N-Quads shard files", null);
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new NewsgraphException(dir.toString(), -1, "cannot list the shards: " + e.getMessage(), e);
        }
    }

    private static boolean isData(Path dir, Path f) {
        for (Path part : dir.relativize(f)) {
            String n = part.toString();
            if (n.startsWith("_") || n.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Streams the quads of one shard; a syntax error names the file and its line. */
    public static void read(Path file, Consumer<Quad> out) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (q.isDefaultGraph()) {
                        triple(q.asTriple());
                    }
                    out.accept(q);
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    throw new RiotException("a triple outside any named graph (" + t + "): shards hold named graphs");
                }
            });
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot read the shard: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new NewsgraphException(file.toString(), -1, "not N-Quads: " + e.getMessage(), e);
        }
    }
}
