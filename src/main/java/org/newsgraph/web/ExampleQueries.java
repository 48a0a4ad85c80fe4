package org.newsgraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.base.NewsgraphException;

/** The example queries of queries/ (on the classpath), with the question each one's first comment asks. */
public final class ExampleQueries {

    /** One example: file name, the question it answers, the SPARQL text. */
    public record Example(String name, String question, String text) { }

    private ExampleQueries() {
    }

    /** All examples, sorted by file name. */
    public static List<Example> load() {
        URL url = ExampleQueries.class.getClassLoader().getResource("queries");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath("/queries"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new NewsgraphException("queries/", -1, "cannot list example queries: " + e.getMessage(), e);
        }
    }

    private static List<Example> read(Path dir) throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String question = text.lines().takeWhile(l -> l.startsWith("#"))
                        .map(l -> l.replaceFirst("^#\\s?", "")).reduce((a, b) -> a + " " + b).orElse("");
                out.add(new Example(p.getFileName().toString(), question, text));
            }
        }
        return out;
    }
}
