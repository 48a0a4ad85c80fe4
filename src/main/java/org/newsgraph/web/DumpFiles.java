package org.newsgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The dumps a build wrote into the data folder, with the sizes and SHA-256 sums the dumps page lists. */
final class DumpFiles {

    /** File name of the checksum list, in sha256sum's format. */
    static final String SUMS = "SHA256SUMS";

    /** One dump file. */
    record Dump(String name, String what, String size, String sha256, Path path) { }

    private final Path dir;

    DumpFiles(Path dir) {
        this.dir = dir;
    }

    /** The dumps listed in SHA256SUMS that exist; none when the folder has no list. */
    List<Dump> list() {
        Path sums = dir.resolve(SUMS);
        List<Dump> out = new ArrayList<>();
        if (!Files.isRegularFile(sums)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\\s+\\*?", 2);
                if (parts.length == 2 && Files.isRegularFile(dir.resolve(parts[1]))) {
                    Path p = dir.resolve(parts[1]);
                    out.add(new Dump(parts[1], describe(parts[1]), String.format("%,d bytes", Files.size(p)),
                            parts[0], p));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    /** The file for a name requested under /dumps/, if it is a listed dump or the checksum list. */
    Optional<Path> file(String name) {
        if (name.equals(SUMS) && Files.isRegularFile(dir.resolve(SUMS))) {
            return Optional.of(dir.resolve(SUMS));
        }
        return list().stream().filter(d -> d.name().equals(name)).map(Dump::path).findFirst();
    }

    private static String describe(String name) {
        if (name.contains(".trig")) {
            return "TriG, one named graph per article, plus ontology and reference graphs";
        }
        if (name.contains(".ttl")) {
            return "Turtle, the union of all graphs";
        }
        return "";
    }
}
